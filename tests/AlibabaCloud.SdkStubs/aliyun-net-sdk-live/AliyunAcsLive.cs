// aliyun-net-sdk-live 3.9.57, as ../shared/alibaba-sdk-api.md §8.4 records it: the request hides AcsRequest<T>.SecurityToken.
#nullable disable
using Aliyun.Acs.Core;
using Aliyun.Acs.Core.Transform;

namespace Aliyun.Acs.live.Model.V20161101
{
    public class DescribeLiveDomainDetailRequest : RpcAcsRequest<DescribeLiveDomainDetailResponse>
    {
        public DescribeLiveDomainDetailRequest() : base("live", "2016-11-01", "DescribeLiveDomainDetail", "live", "openAPI") { }
        public string DomainName { get; set; }
        public long? OwnerId { get; set; }
        public new string SecurityToken { get; set; }
        public override DescribeLiveDomainDetailResponse GetResponse(UnmarshallerContext unmarshallerContext) => throw null;
    }

    public class DescribeLiveDomainDetailResponse : AcsResponse { }
}
