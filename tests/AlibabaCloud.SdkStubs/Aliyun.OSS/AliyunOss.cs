// Aliyun.OSS 2.14.0, as ../shared/alibaba-sdk-api.md §5 records it.
#nullable disable
using System;
using System.Collections.Generic;
using System.IO;
using Aliyun.OSS.Common;
using Aliyun.OSS.Common.Authentication;

namespace Aliyun.OSS
{
    public interface IOss { }
    public class Bucket { }
    public class PutObjectResult { }
    public class OssObject { }
    public class ObjectMetadata { }
    public class DeleteObjectResult { }

    public class OssClient : IOss
    {
        public OssClient(string endpoint, string accessKeyId, string accessKeySecret) { }
        public OssClient(string endpoint, string accessKeyId, string accessKeySecret, string securityToken) { }
        public OssClient(string endpoint, string accessKeyId, string accessKeySecret, ClientConfiguration configuration) { }
        public OssClient(string endpoint, string accessKeyId, string accessKeySecret, string securityToken, ClientConfiguration configuration) { }
        public OssClient(string endpoint, ICredentialsProvider credsProvider) { }
        public OssClient(string endpoint, ICredentialsProvider credsProvider, ClientConfiguration configuration) { }
        public OssClient(Uri endpoint, string accessKeyId, string accessKeySecret) { }
        public OssClient(Uri endpoint, string accessKeyId, string accessKeySecret, string securityToken) { }
        public OssClient(Uri endpoint, string accessKeyId, string accessKeySecret, ClientConfiguration configuration) { }
        public OssClient(Uri endpoint, string accessKeyId, string accessKeySecret, string securityToken, ClientConfiguration configuration) { }
        public OssClient(Uri endpoint, ICredentialsProvider credsProvider) { }
        public OssClient(Uri endpoint, ICredentialsProvider credsProvider, ClientConfiguration configuration) { }
        public void SwitchCredentials(ICredentials creds) => throw null;
        public void SetEndpoint(Uri endpoint) => throw null;
        public void SetRegion(string region) => throw null;
        public IEnumerable<Bucket> ListBuckets() => throw null;
        public PutObjectResult PutObject(string bucketName, string key, Stream content) => throw null;
        public OssObject GetObject(string bucketName, string key) => throw null;
        public DeleteObjectResult DeleteObject(string bucketName, string key) => throw null;
    }
}

namespace Aliyun.OSS.Common
{
    public class ClientConfiguration : ICloneable
    {
        public object Clone() => throw null;
    }
}

namespace Aliyun.OSS.Common.Authentication
{
    public interface ICredentials
    {
        string AccessKeyId { get; }
        string AccessKeySecret { get; }
        string SecurityToken { get; }
        bool UseToken { get; }
    }

    public interface ICredentialsProvider
    {
        void SetCredentials(ICredentials creds);
        ICredentials GetCredentials();
    }

    public class DefaultCredentials : ICredentials
    {
        public DefaultCredentials(string accessKeyId, string accessKeySecret, string securityToken) { }
        public string AccessKeyId { get; private set; }
        public string AccessKeySecret { get; private set; }
        public string SecurityToken { get; private set; }
        public bool UseToken { get; }
    }

    public class DefaultCredentialsProvider : ICredentialsProvider
    {
        public DefaultCredentialsProvider(ICredentials creds) { }
        public void SetCredentials(ICredentials creds) => throw null;
        public ICredentials GetCredentials() => throw null;
    }
}
