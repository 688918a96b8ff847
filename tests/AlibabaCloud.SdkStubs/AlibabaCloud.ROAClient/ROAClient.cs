// AlibabaCloud.ROAClient (aliyun/tea-roa, 2020), as ../shared/alibaba-sdk-api.md §8.3 records it.
#nullable disable
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using AlibabaCloud.TeaUtil.Models;

namespace AlibabaCloud.ROAClient.Models
{
    public class Config : Tea.TeaModel
    {
        public string AccessKeyId { get; set; }
        public string AccessKeySecret { get; set; }
        public string SecurityToken { get; set; }
        public Aliyun.Credentials.Client Credential { get; set; }
        [Obsolete] public string Type { get; set; }
        public string Protocol { get; set; }
        public string RegionId { get; set; }
        public int? ReadTimeout { get; set; }
        public int? ConnectTimeout { get; set; }
        public string HttpProxy { get; set; }
        public string HttpsProxy { get; set; }
        public string Endpoint { get; set; }
        public string NoProxy { get; set; }
        public int? MaxIdleConns { get; set; }
        public string Network { get; set; }
        public string UserAgent { get; set; }
        public string Suffix { get; set; }
    }
}

namespace AlibabaCloud.ROAClient
{
    public class Client
    {
        public Client(AlibabaCloud.ROAClient.Models.Config config) { }
        public Dictionary<string, object> DoRequest(string version, string protocol, string method, string authType, string pathname, Dictionary<string, string> query, Dictionary<string, string> headers, object body, RuntimeOptions runtime) => throw null;
        public Task<Dictionary<string, object>> DoRequestAsync(string version, string protocol, string method, string authType, string pathname, Dictionary<string, string> query, Dictionary<string, string> headers, object body, RuntimeOptions runtime) => throw null;
    }
}
