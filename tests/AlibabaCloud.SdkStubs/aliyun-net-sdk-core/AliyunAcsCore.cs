// aliyun-net-sdk-core 1.6.2 (V1 "POP" SDK core), as ../shared/alibaba-sdk-api.md §1 records it.
#nullable disable
using System;
using System.Collections.Generic;
using Aliyun.Acs.Core.Auth;
using Aliyun.Acs.Core.Http;
using Aliyun.Acs.Core.Profile;
using Aliyun.Acs.Core.Regions;
using Aliyun.Acs.Core.Transform;

namespace Aliyun.Acs.Core.Http
{
    public enum FormatType { XML, JSON, FORM, RAW }
    public enum MethodType { GET, PUT, POST, DELETE, HEAD, OPTIONS }
    public enum ProtocolType { HTTP, HTTPS }

    public class HttpRequest
    {
        public MethodType? Method { get; set; }
        public string Url { get; set; }
        public Dictionary<string, string> Headers { get; set; }
    }

    public class HttpResponse : HttpRequest { }
}

namespace Aliyun.Acs.Core.Regions
{
    public class Endpoint { }
    public class ProductDomain { }
}

namespace Aliyun.Acs.Core.Transform
{
    public class UnmarshallerContext { }
}

namespace Aliyun.Acs.Core.Profile
{
    public interface IClientProfile
    {
        string DefaultClientName { get; set; }
        ISigner GetSigner();
        string GetRegionId();
        FormatType GetFormat();
        Credential GetCredential();
        List<Endpoint> GetEndpoints(string product, string regionId, string serviceCode, string endpointType);
        void SetLocationConfig(string regionId, string product, string endpoint);
        void SetCredentialsProvider(AlibabaCloudCredentialsProvider credentialsProvider);
        void AddEndpoint(string endpointName, string regionId, string product, string domain, bool isNeverExpire = false);
    }

    public class DefaultProfile : IClientProfile
    {
        private DefaultProfile() { }
        public static DefaultProfile GetProfile() => throw null;
        public static DefaultProfile GetProfile(string regionId) => throw null;
        public static DefaultProfile GetProfile(string regionId, ICredentialProvider icredential) => throw null;
        public static DefaultProfile GetProfile(string regionId, string accessKeyId, string secret) => throw null;
        public static void ClearProfile() => throw null;
        public string DefaultClientName { get; set; }
        public ISigner GetSigner() => throw null;
        public string GetRegionId() => throw null;
        public FormatType GetFormat() => throw null;
        public Credential GetCredential() => throw null;
        public List<Endpoint> GetEndpoints(string product, string regionId, string serviceCode, string endpointType) => throw null;
        public void SetLocationConfig(string regionId, string product, string endpoint) => throw null;
        public void SetCredentialsProvider(AlibabaCloudCredentialsProvider credentialsProvider) => throw null;
        public void AddEndpoint(string endpointName, string regionId, string product, string domain, bool isNeverExpire = false) => throw null;
    }
}

namespace Aliyun.Acs.Core
{
    public interface IAcsClient
    {
        T GetAcsResponse<T>(AcsRequest<T> request) where T : AcsResponse;
        T GetAcsResponse<T>(AcsRequest<T> request, bool autoRetry, int maxRetryCounts) where T : AcsResponse;
        T GetAcsResponse<T>(AcsRequest<T> request, IClientProfile profile) where T : AcsResponse;
        T GetAcsResponse<T>(AcsRequest<T> request, string regionId, Credential credential) where T : AcsResponse;
        CommonResponse GetCommonResponse(CommonRequest request);
        HttpResponse DoAction<T>(AcsRequest<T> request) where T : AcsResponse;
        HttpResponse DoAction<T>(AcsRequest<T> request, bool autoRetry, int maxRetryCounts) where T : AcsResponse;
        HttpResponse DoAction<T>(AcsRequest<T> request, IClientProfile profile) where T : AcsResponse;
        HttpResponse DoAction<T>(AcsRequest<T> request, string regionId, Credential credential) where T : AcsResponse;
        HttpResponse DoAction<T>(AcsRequest<T> request, bool autoRetry, int maxRetryCounts, IClientProfile profile) where T : AcsResponse;
        HttpResponse DoAction<T>(AcsRequest<T> request, bool autoRetry, int maxRetryNumber, string regionId, Credential credential, Signer signer, FormatType? format, List<Endpoint> endpoints) where T : AcsResponse;
    }

    public class DefaultAcsClient : IAcsClient
    {
        public DefaultAcsClient() { }
        public DefaultAcsClient(IClientProfile profile) { }
        public DefaultAcsClient(IClientProfile profile, AlibabaCloudCredentials credentials) { }
        public DefaultAcsClient(IClientProfile profile, AlibabaCloudCredentialsProvider credentialsProvider) { }
        public int MaxRetryNumber { get; set; }
        public bool AutoRetry { get; set; }
        public T GetAcsResponse<T>(AcsRequest<T> request) where T : AcsResponse => throw null;
        public T GetAcsResponse<T>(AcsRequest<T> request, bool autoRetry, int maxRetryNumber) where T : AcsResponse => throw null;
        public T GetAcsResponse<T>(AcsRequest<T> request, IClientProfile profile) where T : AcsResponse => throw null;
        public T GetAcsResponse<T>(AcsRequest<T> request, string regionId, Credential credential) where T : AcsResponse => throw null;
        public CommonResponse GetCommonResponse(CommonRequest request) => throw null;
        public HttpResponse DoAction<T>(AcsRequest<T> request) where T : AcsResponse => throw null;
        public HttpResponse DoAction<T>(AcsRequest<T> request, bool autoRetry, int maxRetryNumber) where T : AcsResponse => throw null;
        public HttpResponse DoAction<T>(AcsRequest<T> request, IClientProfile profile) where T : AcsResponse => throw null;
        public HttpResponse DoAction<T>(AcsRequest<T> request, string regionId, Credential credential) where T : AcsResponse => throw null;
        public HttpResponse DoAction<T>(AcsRequest<T> request, bool autoRetry, int maxRetryNumber, IClientProfile profile) where T : AcsResponse => throw null;
        public HttpResponse DoAction<T>(AcsRequest<T> request, bool autoRetry, int maxRetryNumber, string regionId, Credential credential, Signer signer, FormatType? format, List<Endpoint> endpoints) where T : AcsResponse => throw null;
        public virtual HttpResponse DoAction<T>(AcsRequest<T> request, bool autoRetry, int maxRetryNumber, string regionId, AlibabaCloudCredentials credentials, Signer signer, FormatType? format, List<Endpoint> endpoints) where T : AcsResponse => throw null;
    }

    public abstract class AcsRequest<T> : HttpRequest
    {
        public AcsRequest(string product) { }
        public virtual string Product { get; set; }
        public virtual string Version { get; set; }
        public virtual string ActionName { get; set; }
        public virtual string RegionId { get; set; }
        public virtual string SecurityToken { get; set; }
        public virtual FormatType AcceptFormat { get; set; }
        public ProtocolType Protocol { get; set; }
        public Dictionary<string, string> QueryParameters { get; set; }
        public void SetEndpoint(string endpoint) => throw null;
        public abstract HttpRequest SignRequest(Signer signer, AlibabaCloudCredentials credentials, FormatType? format, ProductDomain domain);
        public abstract string ComposeUrl(string endpoint, Dictionary<string, string> queries);
        public abstract T GetResponse(UnmarshallerContext unmarshallerContext);
        public virtual bool CheckShowJsonItemName() => throw null;
    }

    public abstract class RpcAcsRequest<T> : AcsRequest<T>
    {
        public RpcAcsRequest(string product) : base(product) { }
        public RpcAcsRequest(string product, string version) : base(product) { }
        public RpcAcsRequest(string product, string version, string action) : base(product) { }
        public RpcAcsRequest(string product, string version, string action, string locationProduct) : base(product) { }
        public RpcAcsRequest(string product, string version, string action, string locationProduct, string locationEndpointType) : base(product) { }
        public override HttpRequest SignRequest(Signer signer, AlibabaCloudCredentials credentials, FormatType? format, ProductDomain domain) => throw null;
        public override string ComposeUrl(string endpoint, Dictionary<string, string> queries) => throw null;
    }

    public abstract class AcsResponse
    {
        public HttpResponse HttpResponse { get; set; }
        public string RequestId { get; set; }
    }

    public class CommonRequest
    {
        public CommonRequest() { }
        public string Product { get; set; }
        public string Version { get; set; }
        public string Action { get; set; }
        public string RegionId { get; set; }
        public string Domain { get; set; }
        public MethodType? Method { get; set; }
        public ProtocolType Protocol { get; set; }
        public void AddQueryParameters(string name, string value) => throw null;
        public void AddBodyParameters(string name, string value) => throw null;
    }

    public class CommonResponse : AcsResponse
    {
        public string Data { get; set; }
        public int HttpStatus { get; set; }
    }
}

namespace Aliyun.Acs.Core.Auth
{
    public abstract class Signer
    {
        public abstract string SignString(string stringToSign, AlibabaCloudCredentials credentials);
        public abstract string SignString(string stringToSign, string accessKeySecret);
        public abstract string GetSignerName();
        public abstract string GetSignerVersion();
        public abstract string GetSignerType();
        public static Signer GetSigner(AlibabaCloudCredentials credentials) => throw null;
    }

    public abstract class ISigner
    {
        public abstract string SignerName { get; }
        public abstract string SignerVersion { get; }
        public abstract string SignString(string source, string accessSecret);
    }

    public interface AlibabaCloudCredentials
    {
        string GetAccessKeyId();
        string GetAccessKeySecret();
    }

    public class BasicCredentials : AlibabaCloudCredentials
    {
        public BasicCredentials(string accessKeyId, string accessKeySecret) { }
        public string GetAccessKeyId() => throw null;
        public string GetAccessKeySecret() => throw null;
    }

    public class BasicSessionCredentials : AlibabaCloudCredentials
    {
        public BasicSessionCredentials(string accessKeyId, string accessKeySecret, string sessionToken, long roleSessionDurationSeconds = 0) { }
        public string GetAccessKeyId() => throw null;
        public string GetAccessKeySecret() => throw null;
        public string GetSessionToken() => throw null;
        public virtual bool WillSoonExpire() => throw null;
    }

    public class Credential : AlibabaCloudCredentials
    {
        public Credential() { }
        public Credential(string keyId, string secret) { }
        public Credential(string keyId, string secret, string securityToken) { }
        public Credential(string keyId, string secret, int expiredHours) { }
        public Credential(string keyId, string secret, string securityToken, int expiredHours) { }
        public DateTime RefreshDate { get; set; }
        public DateTime? ExpiredDate { get; set; }
        public string AccessKeyId { get; set; }
        public string AccessSecret { get; set; }
        public string SecurityToken { get; set; }
        public bool IsExpired() => throw null;
        public string GetAccessKeyId() => throw null;
        public string GetAccessKeySecret() => throw null;
    }

    public class LegacyCredentials : AlibabaCloudCredentials
    {
        public LegacyCredentials(Credential legacyCredential) { }
        public string GetAccessKeyId() => throw null;
        public string GetAccessKeySecret() => throw null;
    }

    public class KeyPairCredentials : AlibabaCloudCredentials
    {
        public KeyPairCredentials(string publicKeyId, string privateKeySecret) { }
        public string GetAccessKeyId() => throw null;
        public string GetAccessKeySecret() => throw null;
    }

    public class BearerTokenCredential : AlibabaCloudCredentials
    {
        public BearerTokenCredential(string bearerToken) { }
        public string GetBearerToken() => throw null;
        public string GetAccessKeyId() => throw null;
        public string GetAccessKeySecret() => throw null;
    }

    public class InstanceProfileCredentials : BasicSessionCredentials
    {
        public InstanceProfileCredentials(string accessKeyId, string accessKeySecret, string sessionToken, string expiration, long roleSessionDurationSeconds)
            : base(accessKeyId, accessKeySecret, sessionToken, roleSessionDurationSeconds) { }
    }

    public class CredentialsBackupCompatibilityAdaptor : Credential
    {
        public CredentialsBackupCompatibilityAdaptor(AlibabaCloudCredentialsProvider provider) { }
    }

    public interface AlibabaCloudCredentialsProvider
    {
        AlibabaCloudCredentials GetCredentials();
    }

    public interface ICredentialProvider
    {
        Credential Fresh();
    }

    public class StaticCredentialsProvider : AlibabaCloudCredentialsProvider
    {
        public StaticCredentialsProvider(AlibabaCloudCredentials credentials) { }
        public StaticCredentialsProvider(IClientProfile clientProfile) { }
        public AlibabaCloudCredentials GetCredentials() => throw null;
    }

    public class AccessKeyCredentialProvider : AlibabaCloudCredentialsProvider
    {
        public AccessKeyCredentialProvider(string accessKeyId, string accessKeySecret) { }
        public AlibabaCloudCredentials GetCredentials() => throw null;
    }

    public class StsCredentialProvider : AlibabaCloudCredentialsProvider
    {
        public StsCredentialProvider(string accessKeyId, string accessKeySecret, string securityToken) { }
        public AlibabaCloudCredentials GetCredentials() => throw null;
    }

    public class BearerTokenCredentialProvider : AlibabaCloudCredentialsProvider
    {
        public BearerTokenCredentialProvider(string bearerToken) { }
        public AlibabaCloudCredentials GetCredentials() => throw null;
    }

    public class STSAssumeRoleSessionCredentialsProvider : AlibabaCloudCredentialsProvider
    {
        public STSAssumeRoleSessionCredentialsProvider(AlibabaCloudCredentials longLivedCredentials, string roleArn, IClientProfile clientProfile) { }
        public STSAssumeRoleSessionCredentialsProvider(AlibabaCloudCredentials longLivedCredentials, string roleArn, IAcsClient client) { }
        public STSAssumeRoleSessionCredentialsProvider(AlibabaCloudCredentialsProvider longLivedCredentialsProvider, string roleArn, IClientProfile clientProfile) { }
        public STSAssumeRoleSessionCredentialsProvider(AlibabaCloudCredentials longLivedCredentials, string roleArn, string policy, IClientProfile profile) { }
        public STSAssumeRoleSessionCredentialsProvider(string roleArn, string policy, IAcsClient client) { }
        public AlibabaCloudCredentials GetCredentials() => throw null;
        public void WithRoleSessionName(string roleSessionName) => throw null;
        public void WithRoleSessionDurationSeconds(long roleSessionDurationSeconds) => throw null;
        public void WithSTSClient(IAcsClient client) => throw null;
        public static string GetNewRoleSessionName() => throw null;
    }

    public class OIDCCredentialsProvider : AlibabaCloudCredentialsProvider
    {
        public OIDCCredentialsProvider(string roleArn, string oidcProviderArn, string oidcTokenFilePath, string roleSessionName, string regionId) { }
        public string RoleArn { get; set; }
        public string OIDCProviderArn { get; set; }
        public string OIDCTokenFilePath { get; set; }
        public string RoleSessionName { get; set; }
        public string Policy { get; set; }
        public AlibabaCloudCredentials GetCredentials() => throw null;
    }

    public class InstanceProfileCredentialsProvider : AlibabaCloudCredentialsProvider
    {
        public InstanceProfileCredentialsProvider(string roleName) { }
        public virtual AlibabaCloudCredentials GetCredentials() => throw null;
    }
}

namespace Aliyun.Acs.Core.Auth.Provider
{
    public class DefaultCredentialProvider : AlibabaCloudCredentialsProvider
    {
        public DefaultCredentialProvider() { }
        [Obsolete] public DefaultCredentialProvider(IClientProfile profile, AlibabaCloudCredentialsProvider alibabaCloudCredentialProvider) { }
        [Obsolete] public DefaultCredentialProvider(IClientProfile profile, string publicKeyId, string privateKeyFile, AlibabaCloudCredentialsProvider alibabaCloudCredentialsProvider) { }
        public AlibabaCloudCredentials GetCredentials() => throw null;
        public AlibabaCloudCredentials GetAlibabaCloudClientCredential() => throw null;
        public AlibabaCloudCredentials GetEnvironmentAlibabaCloudCredential() => throw null;
        public AlibabaCloudCredentials GetCredentialFileAlibabaCloudCredential() => throw null;
        public virtual AlibabaCloudCredentials GetInstanceRamRoleAlibabaCloudCredential() => throw null;
        public AlibabaCloudCredentials GetAccessKeyCredential() => throw null;
        public virtual AlibabaCloudCredentials GetRamRoleArnAlibabaCloudCredential() => throw null;
        public virtual AlibabaCloudCredentials GetRsaKeyPairAlibabaCloudCredential() => throw null;
        public virtual string GetHomePath() => throw null;
    }

    public class RsaKeyPairCredentialProvider : AlibabaCloudCredentialsProvider
    {
        public RsaKeyPairCredentialProvider(KeyPairCredentials rsaKeyPairCredential, IClientProfile profile) { }
        public RsaKeyPairCredentialProvider(KeyPairCredentials rsaKeyPairCredential, IAcsClient stsClient) { }
        public virtual AlibabaCloudCredentials GetCredentials() => throw null;
        public void WithDurationSeconds(long seconds) => throw null;
        public void WithSTSClient(IAcsClient client) => throw null;
    }
}

namespace Aliyun.Acs.Core.Auth.Sts
{
    public class AssumeRoleRequest : RpcAcsRequest<AssumeRoleResponse>
    {
        public AssumeRoleRequest() : base("Sts") { }
        public long DurationSeconds { get; set; }
        public string Policy { get; set; }
        public string RoleArn { get; set; }
        public string RoleSessionName { get; set; }
        public override AssumeRoleResponse GetResponse(UnmarshallerContext unmarshallerContext) => throw null;
    }

    public class AssumeRoleResponse : AcsResponse
    {
        public AssumeRole_Credentials Credentials { get; set; }
        public AssumeRole_AssumedRoleUser AssumedRoleUser { get; set; }

        public class AssumeRole_Credentials
        {
            public string AccessKeyId { get; set; }
            public string AccessKeySecret { get; set; }
            public string SecurityToken { get; set; }
            public string Expiration { get; set; }
        }

        public class AssumeRole_AssumedRoleUser
        {
            public string Arn { get; set; }
            public string AssumedRoleId { get; set; }
        }
    }
}

// Signing helpers that take the secret, and the bearer-token signer (../shared/alibaba-sdk-api.md §8.9).
namespace Aliyun.Acs.Core.Auth
{
    public class ShaHmac1 : ISigner
    {
        public override string SignerName => throw null;
        public override string SignerVersion => throw null;
        public override string SignString(string source, string accessSecret) => throw null;
    }

    public class ShaHmac256 : ISigner
    {
        public override string SignerName => throw null;
        public override string SignerVersion => throw null;
        public override string SignString(string source, string accessSecret) => throw null;
    }

    public class BearerTokenSigner : Signer
    {
        public override string SignString(string stringToSign, AlibabaCloudCredentials credentials) => throw null;
        public override string SignString(string stringToSign, string accessKeySecret) => throw null;
        public override string GetSignerName() => throw null;
        public override string GetSignerVersion() => throw null;
        public override string GetSignerType() => throw null;
    }

    public interface ISignatureComposer
    {
        Dictionary<string, string> RefreshSignParameters(Dictionary<string, string> parameters, Signer signer, string accessKeyId, FormatType? format);
        string ComposeStringToSign(MethodType? method, string uriPattern, Signer signer, Dictionary<string, string> queries, Dictionary<string, string> headers, Dictionary<string, string> paths);
    }

    public class RpcSignatureComposer : ISignatureComposer
    {
        public static ISignatureComposer GetComposer() => throw null;
        public Dictionary<string, string> RefreshSignParameters(Dictionary<string, string> parameters, Signer signer, string accessKeyId, FormatType? format) => throw null;
        public string ComposeStringToSign(MethodType? method, string uriPattern, Signer signer, Dictionary<string, string> queries, Dictionary<string, string> headers, Dictionary<string, string> paths) => throw null;
    }

    public class RoaSignatureComposer : ISignatureComposer
    {
        public static ISignatureComposer GetComposer() => throw null;
        public Dictionary<string, string> RefreshSignParameters(Dictionary<string, string> parameters, Signer signer, string accessKeyId, FormatType? format) => throw null;
        public string ComposeStringToSign(MethodType? method, string uriPattern, Signer signer, Dictionary<string, string> queries, Dictionary<string, string> headers, Dictionary<string, string> paths) => throw null;
    }
}

namespace Aliyun.Acs.Core
{
    public class HmacSHA1Signer : Signer
    {
        public override string SignString(string stringToSign, AlibabaCloudCredentials credentials) => throw null;
        public override string SignString(string stringToSign, string accessKeySecret) => throw null;
        public override string GetSignerName() => throw null;
        public override string GetSignerVersion() => throw null;
        public override string GetSignerType() => throw null;
    }
}
