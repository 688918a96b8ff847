// AlibabaCloud.OpenApiClient 0.1.16, as ../shared/alibaba-sdk-api.md §3.2 records it.
#nullable disable
using System;
using System.Collections.Generic;

namespace AlibabaCloud.OpenApiClient.Models
{
    public class Config : Tea.TeaModel
    {
        public string AccessKeyId { get; set; }
        public string AccessKeySecret { get; set; }
        public string SecurityToken { get; set; }
        public string BearerToken { get; set; }
        public string Protocol { get; set; }
        public string Method { get; set; }
        public string RegionId { get; set; }
        public int? ReadTimeout { get; set; }
        public int? ConnectTimeout { get; set; }
        public string HttpProxy { get; set; }
        public string HttpsProxy { get; set; }
        public string NoProxy { get; set; }
        public Aliyun.Credentials.Client Credential { get; set; }
        public string Endpoint { get; set; }
        public int? MaxIdleConns { get; set; }
        public string Network { get; set; }
        public string UserAgent { get; set; }
        public string Suffix { get; set; }
        public string Socks5Proxy { get; set; }
        public string Socks5NetWork { get; set; }
        public string EndpointType { get; set; }
        public string OpenPlatformEndpoint { get; set; }
        [Obsolete] public string Type { get; set; }
        public string SignatureVersion { get; set; }
        public string SignatureAlgorithm { get; set; }
        public GlobalParameters GlobalParameters { get; set; }
        public string Key { get; set; }
        public string Cert { get; set; }
        public string Ca { get; set; }
        public bool? DisableHttp2 { get; set; }
        public string TlsMinVersion { get; set; }
        public bool? EnableUsageDataCollection { get; set; }
    }

    public class GlobalParameters : Tea.TeaModel
    {
        public Dictionary<string, string> Headers { get; set; }
        public Dictionary<string, string> Queries { get; set; }
    }
}

namespace AlibabaCloud.OpenApiClient
{
    public class Client
    {
        public Client(AlibabaCloud.OpenApiClient.Models.Config config) { }
    }
}
