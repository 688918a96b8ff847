// AlibabaCloud.SDK.Adp20210720 1.0.1 (ROA style), as ../shared/alibaba-sdk-api.md §8.4 records it.
#nullable disable
using System.Collections.Generic;
using System.Threading.Tasks;
using AlibabaCloud.SDK.Adp20210720.Models;
using AlibabaCloud.TeaUtil.Models;

namespace AlibabaCloud.SDK.Adp20210720
{
    public class Client : AlibabaCloud.OpenApiClient.Client
    {
        public Client(AlibabaCloud.OpenApiClient.Models.Config config) : base(config) { }
        public InitEnvironmentResourceResponse InitEnvironmentResourceWithOptions(string uid, InitEnvironmentResourceRequest request, Dictionary<string, string> headers, RuntimeOptions runtime) => throw null;
        public Task<InitEnvironmentResourceResponse> InitEnvironmentResourceWithOptionsAsync(string uid, InitEnvironmentResourceRequest request, Dictionary<string, string> headers, RuntimeOptions runtime) => throw null;
        public InitEnvironmentResourceResponse InitEnvironmentResource(string uid, InitEnvironmentResourceRequest request) => throw null;
        public Task<InitEnvironmentResourceResponse> InitEnvironmentResourceAsync(string uid, InitEnvironmentResourceRequest request) => throw null;
    }
}

namespace AlibabaCloud.SDK.Adp20210720.Models
{
    public class InitEnvironmentResourceRequest : Tea.TeaModel
    {
        public string AccessKeyID { get; set; }
        public string AccessKeySecret { get; set; }
        public string SecurityToken { get; set; }
    }

    public class InitEnvironmentResourceResponse : Tea.TeaModel { }
}
