// AlibabaCloud.SDK.Cdn20180510 8.2.0, as ../shared/alibaba-sdk-api.md §8.4 records it.
#nullable disable
using System.Threading.Tasks;
using AlibabaCloud.SDK.Cdn20180510.Models;
using AlibabaCloud.TeaUtil.Models;

namespace AlibabaCloud.SDK.Cdn20180510
{
    public class Client : AlibabaCloud.OpenApiClient.Client
    {
        public Client(AlibabaCloud.OpenApiClient.Models.Config config) : base(config) { }
        public DescribeCdnServiceResponse DescribeCdnServiceWithOptions(DescribeCdnServiceRequest request, RuntimeOptions runtime) => throw null;
        public Task<DescribeCdnServiceResponse> DescribeCdnServiceWithOptionsAsync(DescribeCdnServiceRequest request, RuntimeOptions runtime) => throw null;
        public DescribeCdnServiceResponse DescribeCdnService(DescribeCdnServiceRequest request) => throw null;
        public Task<DescribeCdnServiceResponse> DescribeCdnServiceAsync(DescribeCdnServiceRequest request) => throw null;
    }
}

namespace AlibabaCloud.SDK.Cdn20180510.Models
{
    public class DescribeCdnServiceRequest : Tea.TeaModel
    {
        public long? OwnerId { get; set; }
        public string SecurityToken { get; set; }
    }

    public class DescribeCdnServiceResponse : Tea.TeaModel { }
}
