// AlibabaCloud.SDK.Slb20130221 1.0.0, as ../shared/alibaba-sdk-api.md §8.4 records it.
#nullable disable
using System.Threading.Tasks;
using AlibabaCloud.SDK.Slb20130221.Models;
using AlibabaCloud.TeaUtil.Models;

namespace AlibabaCloud.SDK.Slb20130221
{
    public class Client : AlibabaCloud.OpenApiClient.Client
    {
        public Client(AlibabaCloud.OpenApiClient.Models.Config config) : base(config) { }
        public DescribeRegionsResponse DescribeRegionsWithOptions(DescribeRegionsRequest request, RuntimeOptions runtime) => throw null;
        public Task<DescribeRegionsResponse> DescribeRegionsWithOptionsAsync(DescribeRegionsRequest request, RuntimeOptions runtime) => throw null;
        public DescribeRegionsResponse DescribeRegions(DescribeRegionsRequest request) => throw null;
        public Task<DescribeRegionsResponse> DescribeRegionsAsync(DescribeRegionsRequest request) => throw null;
    }
}

namespace AlibabaCloud.SDK.Slb20130221.Models
{
    public class DescribeRegionsRequest : Tea.TeaModel
    {
        public string AccessKeyId { get; set; }
        public string RegionId { get; set; }
    }

    public class DescribeRegionsResponse : Tea.TeaModel { }
}
