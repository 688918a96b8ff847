// AlibabaCloud.SDK.R-kvstore20150101 6.6.0, as ../shared/alibaba-sdk-api.md §8.4 records it.
#nullable disable
using System.Threading.Tasks;
using AlibabaCloud.SDK.R_kvstore20150101.Models;
using AlibabaCloud.TeaUtil.Models;

namespace AlibabaCloud.SDK.R_kvstore20150101
{
    public class Client : AlibabaCloud.OpenApiClient.Client
    {
        public Client(AlibabaCloud.OpenApiClient.Models.Config config) : base(config) { }
        public AllocateDirectConnectionResponse AllocateDirectConnectionWithOptions(AllocateDirectConnectionRequest request, RuntimeOptions runtime) => throw null;
        public Task<AllocateDirectConnectionResponse> AllocateDirectConnectionWithOptionsAsync(AllocateDirectConnectionRequest request, RuntimeOptions runtime) => throw null;
        public AllocateDirectConnectionResponse AllocateDirectConnection(AllocateDirectConnectionRequest request) => throw null;
        public Task<AllocateDirectConnectionResponse> AllocateDirectConnectionAsync(AllocateDirectConnectionRequest request) => throw null;
    }
}

namespace AlibabaCloud.SDK.R_kvstore20150101.Models
{
    public class AllocateDirectConnectionRequest : Tea.TeaModel
    {
        public string ConnectionString { get; set; }
        public string InstanceId { get; set; }
        public string OwnerAccount { get; set; }
        public long? OwnerId { get; set; }
        public string Port { get; set; }
        public string ResourceOwnerAccount { get; set; }
        public long? ResourceOwnerId { get; set; }
        public string SecurityToken { get; set; }
    }

    public class AllocateDirectConnectionResponse : Tea.TeaModel { }
}
