// AlibabaCloud.SDK.Live20161101 3.0.1, as ../shared/alibaba-sdk-api.md §8.4 records it.
#nullable disable
using System.Threading.Tasks;
using AlibabaCloud.SDK.Live20161101.Models;
using AlibabaCloud.TeaUtil.Models;

namespace AlibabaCloud.SDK.Live20161101
{
    public class Client : AlibabaCloud.OpenApiClient.Client
    {
        public Client(AlibabaCloud.OpenApiClient.Models.Config config) : base(config) { }
        public DescribeLiveDomainDetailResponse DescribeLiveDomainDetailWithOptions(DescribeLiveDomainDetailRequest request, RuntimeOptions runtime) => throw null;
        public Task<DescribeLiveDomainDetailResponse> DescribeLiveDomainDetailWithOptionsAsync(DescribeLiveDomainDetailRequest request, RuntimeOptions runtime) => throw null;
        public DescribeLiveDomainDetailResponse DescribeLiveDomainDetail(DescribeLiveDomainDetailRequest request) => throw null;
        public Task<DescribeLiveDomainDetailResponse> DescribeLiveDomainDetailAsync(DescribeLiveDomainDetailRequest request) => throw null;
    }
}

namespace AlibabaCloud.SDK.Live20161101.Models
{
    public class DescribeLiveDomainDetailRequest : Tea.TeaModel
    {
        public string DomainName { get; set; }
        public long? OwnerId { get; set; }
        public string SecurityToken { get; set; }
    }

    public class DescribeLiveDomainDetailResponse : Tea.TeaModel { }
}
