// AlibabaCloud.SDK.OSS.Client 1.0.5 (the Tea-based OSS SDK), as ../shared/alibaba-sdk-api.md §8.2 records it.
#nullable disable
using System.Collections.Generic;
using System.Threading.Tasks;
using AlibabaCloud.OSS.Models;

namespace AlibabaCloud.OSS.Models
{
    public class Config : Tea.TeaModel
    {
        public string Type { get; set; }
        public string SecurityToken { get; set; }
        public string AccessKeyId { get; set; }
        public string AccessKeySecret { get; set; }
        public string Endpoint { get; set; }
        public string Protocol { get; set; }
        public string RegionId { get; set; }
        public string UserAgent { get; set; }
        public string HostModel { get; set; }
        public string SignatureVersion { get; set; }
        public bool? IsEnableMD5 { get; set; }
        public bool? IsEnableCrc { get; set; }
        public int? ReadTimeout { get; set; }
        public int? ConnectTimeout { get; set; }
        public string LocalAddr { get; set; }
        public string HttpProxy { get; set; }
        public string HttpsProxy { get; set; }
        public string NoProxy { get; set; }
        public string Socks5Proxy { get; set; }
        public string Socks5NetWork { get; set; }
        public int? MaxIdleConns { get; set; }
        public List<string> AddtionalHeaders { get; set; }
    }

    public class PutObjectRequest : Tea.TeaModel
    {
        public string BucketName { get; set; }
        public string ObjectName { get; set; }
    }

    public class PutObjectResponse : Tea.TeaModel { }

    public class GetObjectRequest : Tea.TeaModel
    {
        public string BucketName { get; set; }
        public string ObjectName { get; set; }
    }

    public class GetObjectResponse : Tea.TeaModel { }

    public class PostObjectRequest : Tea.TeaModel
    {
        public string BucketName { get; set; }
        public PostObjectRequestHeader Header { get; set; }

        public class PostObjectRequestHeader : Tea.TeaModel
        {
            public string AccessKeyId { get; set; }
            public string Policy { get; set; }
            public string Signature { get; set; }
        }
    }
}

namespace AlibabaCloud.OSS
{
    public class Client
    {
        public Client(Config config) { }
        public PutObjectResponse PutObject(PutObjectRequest request, AlibabaCloud.OSSUtil.Models.RuntimeOptions runtime) => throw null;
        public Task<PutObjectResponse> PutObjectAsync(PutObjectRequest request, AlibabaCloud.OSSUtil.Models.RuntimeOptions runtime) => throw null;
        public GetObjectResponse GetObject(GetObjectRequest request, AlibabaCloud.OSSUtil.Models.RuntimeOptions runtime) => throw null;
        public Task<GetObjectResponse> GetObjectAsync(GetObjectRequest request, AlibabaCloud.OSSUtil.Models.RuntimeOptions runtime) => throw null;
    }
}
