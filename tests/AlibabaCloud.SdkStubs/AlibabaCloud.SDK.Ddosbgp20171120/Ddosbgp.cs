// AlibabaCloud.SDK.Ddosbgp20171120 1.0.1, a product SDK on AlibabaCloud.RPCClient (../shared/alibaba-sdk-api.md §8.3).
#nullable disable

namespace AlibabaCloud.SDK.Ddosbgp20171120
{
    public class Client : AlibabaCloud.RPCClient.Client
    {
        public Client(AlibabaCloud.RPCClient.Models.Config config) : base(config) { }
    }
}
