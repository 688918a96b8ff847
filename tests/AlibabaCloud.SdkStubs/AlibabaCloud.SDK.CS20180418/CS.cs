// AlibabaCloud.SDK.CS20180418 1.0.0, a product SDK on AlibabaCloud.ROAClient (../shared/alibaba-sdk-api.md §8.3).
#nullable disable

namespace AlibabaCloud.SDK.CS20180418
{
    public class Client : AlibabaCloud.ROAClient.Client
    {
        public Client(AlibabaCloud.ROAClient.Models.Config config) : base(config) { }
    }
}
