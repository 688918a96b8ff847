// AlibabaCloud.RPCClient (aliyun/tea-rpc, 2020), as ../shared/alibaba-sdk-api.md §8.3 records it.
#nullable disable
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using AlibabaCloud.TeaUtil.Models;

namespace AlibabaCloud.RPCClient.Models
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
        public string Socks5Proxy { get; set; }
        public string Socks5NetWork { get; set; }
        public string EndpointType { get; set; }
        public string OpenPlatformEndpoint { get; set; }
    }
}

namespace AlibabaCloud.RPCClient
{
    public class Client
    {
        public Client(AlibabaCloud.RPCClient.Models.Config config) { }
        public Dictionary<string, object> DoRequest(string action, string protocol, string method, string version, string authType, Dictionary<string, object> query, Dictionary<string, object> body, RuntimeOptions runtime) => throw null;
        public Task<Dictionary<string, object>> DoRequestAsync(string action, string protocol, string method, string version, string authType, Dictionary<string, object> query, Dictionary<string, object> body, RuntimeOptions runtime) => throw null;
        public string GetAccessKeyId() => throw null;
        public string GetAccessKeySecret() => throw null;
        public string GetSecurityToken() => throw null;
        public Task<string> GetAccessKeyIdAsync() => throw null;
        public Task<string> GetAccessKeySecretAsync() => throw null;
        public Task<string> GetSecurityTokenAsync() => throw null;
    }
}
