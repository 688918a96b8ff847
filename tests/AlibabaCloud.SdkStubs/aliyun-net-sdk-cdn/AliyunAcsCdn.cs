// aliyun-net-sdk-cdn 3.7.7, as ../shared/alibaba-sdk-api.md §8.4 records it: the request hides AcsRequest<T>.SecurityToken.
#nullable disable
using Aliyun.Acs.Core;
using Aliyun.Acs.Core.Transform;

namespace Aliyun.Acs.Cdn.Model.V20180510
{
    public class DescribeCdnServiceRequest : RpcAcsRequest<DescribeCdnServiceResponse>
    {
        public DescribeCdnServiceRequest() : base("Cdn", "2018-05-10", "DescribeCdnService") { }
        public long? OwnerId { get; set; }
        public new string SecurityToken { get; set; }
        public override DescribeCdnServiceResponse GetResponse(UnmarshallerContext unmarshallerContext) => throw null;
    }

    public class DescribeCdnServiceResponse : AcsResponse { }
}
