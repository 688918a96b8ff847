// aliyun-net-sdk-r-kvstore 2.20.10, as ../shared/alibaba-sdk-api.md §8.4 records it: the request hides AcsRequest<T>.SecurityToken.
#nullable disable
using Aliyun.Acs.Core;
using Aliyun.Acs.Core.Transform;

namespace Aliyun.Acs.R_kvstore.Model.V20150101
{
    public class AllocateDirectConnectionRequest : RpcAcsRequest<AllocateDirectConnectionResponse>
    {
        public AllocateDirectConnectionRequest() : base("R-kvstore", "2015-01-01", "AllocateDirectConnection", "redisa", "openAPI") { }
        public long? ResourceOwnerId { get; set; }
        public string ConnectionString { get; set; }
        public new string SecurityToken { get; set; }
        public string ResourceOwnerAccount { get; set; }
        public string OwnerAccount { get; set; }
        public long? OwnerId { get; set; }
        public string InstanceId { get; set; }
        public string Port { get; set; }
        public override AllocateDirectConnectionResponse GetResponse(UnmarshallerContext unmarshallerContext) => throw null;
    }

    public class AllocateDirectConnectionResponse : AcsResponse { }
}
