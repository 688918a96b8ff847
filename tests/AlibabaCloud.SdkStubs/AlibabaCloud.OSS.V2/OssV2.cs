// AlibabaCloud.OSS.V2 (alibabacloud-oss-csharp-sdk-v2 0.1.2), as ../shared/alibaba-sdk-api.md §8.1 records it.
#nullable enable
using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace AlibabaCloud.OSS.V2
{
    public partial class Client : IDisposable
    {
        public Client(Configuration config, params Action<ClientOptions>[] optFns) { }
        public Task<OperationOutput> InvokeOperationAsync(OperationInput input, OperationOptions? options = null, CancellationToken cancellationToken = default) => throw null!;
        public void Dispose() { }
        public Task<Models.PutObjectResult> PutObjectAsync(Models.PutObjectRequest request, OperationOptions? options = null, CancellationToken cancellationToken = default) => throw null!;
        public Paginator.IPaginator<Models.ListBucketsResult> ListBucketsPaginator(Models.ListBucketsRequest request, Paginator.PaginatorOptions? options = null) => throw null!;
    }

    public class Configuration
    {
        public static Configuration LoadDefault() => new Configuration();
        public string? Region { get; set; }
        public string? Endpoint { get; set; }
        public string? SignatureVersion { get; set; }
        public Credentials.ICredentialsProvider? CredentialsProvider { get; set; }
        public int? RetryMaxAttempts { get; set; }
        public Retry.IRetryer? Retryer { get; set; }
        public Transport.HttpTransport? HttpTransport { get; set; }
        public TimeSpan? ConnectTimeout { get; set; }
        public TimeSpan? ReadWriteTimeout { get; set; }
        public string? ProxyHost { get; set; }
        public string? UserAgent { get; set; }
        public List<string>? AdditionalHeaders { get; set; }
        public bool? UsePathStyle { get; set; }
        public bool? UseCName { get; set; }
        public bool? InsecureSkipVerify { get; set; }
        public bool? EnabledRedirect { get; set; }
        public bool? DisableSsl { get; set; }
        public bool? UseDualStackEndpoint { get; set; }
        public bool? UseAccelerateEndpoint { get; set; }
        public bool? UseInternalEndpoint { get; set; }
        public bool? DisableUploadCrc64Check { get; set; }
        public bool? DisableDownloadCrc64Check { get; set; }
    }

    public class ClientOptions
    {
        public Credentials.ICredentialsProvider? CredentialsProvider { get; set; }
        public string Product { get; set; } = string.Empty;
        public string Region { get; set; } = string.Empty;
        public Uri? Endpoint { get; set; }
        public Signer.ISigner? Signer { get; set; }
        public Retry.IRetryer? Retryer { get; set; }
        public Transport.HttpTransport? HttpTransport { get; set; }
        public AddressStyleType AddressStyle { get; set; }
        public AuthMethodType AuthMethod { get; set; }
        public TimeSpan ReadWriteTimeout { get; set; }
        public FeatureFlagsType FeatureFlags { get; set; }
        public List<string> AdditionalHeaders { get; set; } = new List<string>();
    }

    public sealed class OperationInput
    {
        public string OperationName { get; set; } = string.Empty;
        public string Method { get; set; } = string.Empty;
        public IDictionary<string, string>? Headers { get; set; }
        public IDictionary<string, string>? Parameters { get; set; }
        public Stream? Body { get; set; }
        public string? Bucket { get; set; }
        public string? Key { get; set; }
    }

    public sealed class OperationOutput
    {
        public string Status { get; set; } = string.Empty;
        public int StatusCode { get; set; }
        public IDictionary<string, string>? Headers { get; set; }
        public Stream? Body { get; set; }
    }

    public sealed class OperationOptions
    {
        public int? RetryMaxAttempts { get; set; }
        public TimeSpan? ReadWriteTimeout { get; set; }
        public AuthMethodType? AuthMethod { get; set; }
    }

    [Flags]
    public enum FeatureFlagsType { None = 0, CorrectClockSkew = 0x1, EnableMd5 = 0x2, AutoDetectMimeType = 0x4, EnableCrc64CheckUpload = 0x8, EnableCrc64CheckDownload = 0x10 }

    public enum AddressStyleType { VirtualHosted = 0, Path = 1, CName = 2, VirtualHostedAlias = 3 }

    public enum AuthMethodType { Header = 0, Query = 1 }
}

namespace AlibabaCloud.OSS.V2.Models
{
    public class PutObjectRequest
    {
        public string? Bucket { get; set; }
        public string? Key { get; set; }
        public Stream? Body { get; set; }
    }

    public class PutObjectResult
    {
        public string? ETag { get; set; }
    }

    public class ListBucketsRequest
    {
        public string? Prefix { get; set; }
    }

    public class ListBucketsResult
    {
        public string? Prefix { get; set; }
    }
}

namespace AlibabaCloud.OSS.V2.Paginator
{
    public interface IPaginator<T>
    {
        IEnumerable<T> IterPage();
    }

    public class PaginatorOptions
    {
        public int? Limit { get; set; }
    }
}

namespace AlibabaCloud.OSS.V2.Retry
{
    public interface IRetryer { }
}

namespace AlibabaCloud.OSS.V2.Transport
{
    public class HttpTransport : IDisposable
    {
        public void Dispose() { }
    }
}

namespace AlibabaCloud.OSS.V2.Signer
{
    public interface ISigner { }

    public class SigningContext
    {
        public Credentials.Credentials? Credentials { get; set; }
    }
}

namespace AlibabaCloud.OSS.V2.Credentials
{
    public interface ICredentialsProvider
    {
        Credentials GetCredentials();
    }

    public interface ICredentialsProviderAsync
    {
        Task<Credentials> GetCredentialsAsync(CancellationToken cancellationToken);
    }

    public class Credentials
    {
        public Credentials(string accessKeyId, string accessKeySecret, string securityToken) { AccessKeyId = accessKeyId; AccessKeySecret = accessKeySecret; SecurityToken = securityToken; }
        public Credentials(string accessKeyId, string accessKeySecret) : this(accessKeyId, accessKeySecret, "") { }
        public Credentials(string accessKeyId, string accessKeySecret, string securityToken, DateTime? expiration) : this(accessKeyId, accessKeySecret, securityToken) { Expiration = expiration; }
        public string AccessKeyId { get; private set; }
        public string AccessKeySecret { get; private set; }
        public string SecurityToken { get; private set; }
        public DateTime? Expiration { get; private set; }
        public bool HasKeys => !string.IsNullOrEmpty(AccessKeyId) && !string.IsNullOrEmpty(AccessKeySecret);
        public bool IsExpired => Expiration != null && DateTime.UtcNow >= Expiration;
    }

    public class StaticCredentialsProvider : ICredentialsProvider
    {
        public StaticCredentialsProvider(string accessKeyId, string accessKeySecret) { }
        public StaticCredentialsProvider(string accessKeyId, string accessKeySecret, string securityToken) { }
        public Credentials GetCredentials() => throw null!;
    }

    [Obsolete("Please use StaticCredentialsProvider instead")]
    public class StaticCredentialsProvide : ICredentialsProvider
    {
        public StaticCredentialsProvide(string accessKeyId, string accessKeySecret) { }
        public StaticCredentialsProvide(string accessKeyId, string accessKeySecret, string securityToken) { }
        public Credentials GetCredentials() => throw null!;
    }

    public class EnvironmentVariableCredentialsProvider : ICredentialsProvider
    {
        public EnvironmentVariableCredentialsProvider() { }
        public Credentials GetCredentials() => throw null!;
    }

    public class CredentialsProviderFunc : ICredentialsProvider
    {
        public delegate Credentials GetCredentialsFunc();
        public CredentialsProviderFunc(GetCredentialsFunc func) { }
        public Credentials GetCredentials() => throw null!;
    }

    [Obsolete("Please use CredentialsProviderFunc instead")]
    public class CredentialsProvideFunc : ICredentialsProvider
    {
        public delegate Credentials GetCredentialsFunc();
        public CredentialsProvideFunc(GetCredentialsFunc func) { }
        public Credentials GetCredentials() => throw null!;
    }

    public class AnonymousCredentialsProvider : ICredentialsProvider
    {
        public AnonymousCredentialsProvider() { }
        public Credentials GetCredentials() => throw null!;
    }
}
