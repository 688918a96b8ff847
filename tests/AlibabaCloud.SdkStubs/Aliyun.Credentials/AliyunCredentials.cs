// Aliyun.Credentials 1.5.3, as ../shared/alibaba-sdk-api.md §4 records it.
#nullable disable
using System;
using System.Threading.Tasks;
using Aliyun.Credentials.Models;
using Aliyun.Credentials.Provider;

namespace Aliyun.Credentials
{
    public class Client
    {
        public Client() { }
        public Client(object obj) { }
        public CredentialModel GetCredential() => throw null;
        public Task<CredentialModel> GetCredentialAsync() => throw null;
        [Obsolete] public string GetAccessKeyId() => throw null;
        [Obsolete] public Task<string> GetAccessKeyIdAsync() => throw null;
        [Obsolete] public string GetAccessKeySecret() => throw null;
        [Obsolete] public Task<string> GetAccessKeySecretAsync() => throw null;
        [Obsolete] public string GetSecurityToken() => throw null;
        [Obsolete] public Task<string> GetSecurityTokenAsync() => throw null;
        [Obsolete] public string GetBearerToken() => throw null;
        [Obsolete] public Task<string> GetBearerTokenAsync() => throw null;
        [Obsolete] public new string GetType() => throw null;
        [Obsolete] public Task<string> GetTypeAsync() => throw null;
    }

    public interface IAlibabaCloudCredentials
    {
        string GetAccessKeyId();
        Task<string> GetAccessKeyIdAsync();
        string GetAccessKeySecret();
        Task<string> GetAccessKeySecretAsync();
        string GetSecurityToken();
        Task<string> GetSecurityTokenAsync();
        string GetCredentialType();
        Task<string> GetCredentialTypeAsync();
    }

    public class BaseCredential
    {
        public BaseCredential() { }
        public BaseCredential(long expiration, IAlibabaCloudCredentialsProvider provider) { }
    }

    [Obsolete]
    public class AccessKeyCredential : BaseCredential, IAlibabaCloudCredentials
    {
        public AccessKeyCredential(string accessKeyId, string accessKeySecret) { }
        public string GetAccessKeyId() => throw null; public Task<string> GetAccessKeyIdAsync() => throw null; public string GetAccessKeySecret() => throw null; public Task<string> GetAccessKeySecretAsync() => throw null;
        public string GetSecurityToken() => throw null; public Task<string> GetSecurityTokenAsync() => throw null; public string GetCredentialType() => throw null; public Task<string> GetCredentialTypeAsync() => throw null;
    }

    [Obsolete]
    public class StsCredential : BaseCredential, IAlibabaCloudCredentials
    {
        public StsCredential() { } public StsCredential(string accessKeyId, string accessKeySecret, string securityToken) { }
        public string GetAccessKeyId() => throw null; public Task<string> GetAccessKeyIdAsync() => throw null; public string GetAccessKeySecret() => throw null; public Task<string> GetAccessKeySecretAsync() => throw null;
        public string GetSecurityToken() => throw null; public Task<string> GetSecurityTokenAsync() => throw null; public string GetCredentialType() => throw null; public Task<string> GetCredentialTypeAsync() => throw null;
    }

    [Obsolete]
    public class RamRoleArnCredential : BaseCredential, IAlibabaCloudCredentials
    {
        public RamRoleArnCredential(string accessKeyId, string accessKeySecret, string securityToken, long expiration, IAlibabaCloudCredentialsProvider provider) { }
        public string GetAccessKeyId() => throw null; public Task<string> GetAccessKeyIdAsync() => throw null; public string GetAccessKeySecret() => throw null; public Task<string> GetAccessKeySecretAsync() => throw null;
        public string GetSecurityToken() => throw null; public Task<string> GetSecurityTokenAsync() => throw null; public string GetCredentialType() => throw null; public Task<string> GetCredentialTypeAsync() => throw null;
    }

    [Obsolete]
    public class EcsRamRoleCredential : BaseCredential, IAlibabaCloudCredentials
    {
        public EcsRamRoleCredential(string accessKeyId, string accessKeySecret, string securityToken, long expiration, IAlibabaCloudCredentialsProvider provider) { }
        public string GetAccessKeyId() => throw null; public Task<string> GetAccessKeyIdAsync() => throw null; public string GetAccessKeySecret() => throw null; public Task<string> GetAccessKeySecretAsync() => throw null;
        public string GetSecurityToken() => throw null; public Task<string> GetSecurityTokenAsync() => throw null; public string GetCredentialType() => throw null; public Task<string> GetCredentialTypeAsync() => throw null;
    }

    [Obsolete]
    public class BearerTokenCredential : BaseCredential, IAlibabaCloudCredentials
    {
        public BearerTokenCredential(string bearerToken) { }
        public string GetAccessKeyId() => throw null; public Task<string> GetAccessKeyIdAsync() => throw null; public string GetAccessKeySecret() => throw null; public Task<string> GetAccessKeySecretAsync() => throw null;
        public string GetSecurityToken() => throw null; public Task<string> GetSecurityTokenAsync() => throw null; public string GetCredentialType() => throw null; public Task<string> GetCredentialTypeAsync() => throw null;
    }

    [Obsolete]
    public class RsaKeyPairCredential : BaseCredential, IAlibabaCloudCredentials
    {
        public RsaKeyPairCredential(string publicKeyId, string privateKeySecret, long expiration, IAlibabaCloudCredentialsProvider provider) { }
        public string GetAccessKeyId() => throw null; public Task<string> GetAccessKeyIdAsync() => throw null; public string GetAccessKeySecret() => throw null; public Task<string> GetAccessKeySecretAsync() => throw null;
        public string GetSecurityToken() => throw null; public Task<string> GetSecurityTokenAsync() => throw null; public string GetCredentialType() => throw null; public Task<string> GetCredentialTypeAsync() => throw null;
    }

}

namespace Aliyun.Credentials.Models
{
    public class Config : Tea.TeaModel
    {
        public string Type { get; set; }
        public string AccessKeyId { get; set; }
        public string AccessKeySecret { get; set; }
        public string RoleArn { get; set; }
        public string RoleSessionName { get; set; }
        public string PublicKeyId { get; set; }
        public string RoleName { get; set; }
        public bool? DisableIMDSv1 { get; set; }
        public string PrivateKeyFile { get; set; }
        public string BearerToken { get; set; }
        public string SecurityToken { get; set; }
        public string Host { get; set; }
        public int Timeout { get; set; }
        public int ConnectTimeout { get; set; }
        public string Proxy { get; set; }
        public string Policy { get; set; }
        public int RoleSessionExpiration { get; set; }
        public string OIDCProviderArn { get; set; }
        public string OIDCTokenFilePath { get; set; }
        public string CredentialsURI { get; set; }
        public string STSEndpoint { get; set; }
        public string ExternalId { get; set; }
    }

    public class CredentialModel : Tea.TeaModel
    {
        public string AccessKeyId { get; set; }
        public string AccessKeySecret { get; set; }
        public string SecurityToken { get; set; }
        public string BearerToken { get; set; }
        public string Type { get; set; }
        public long Expiration { get; set; }
        public string ProviderName { get; set; }
    }
}

namespace Aliyun.Credentials.Utils
{
    public class AuthConstant
    {
        public const string AccessKey = "access_key";
        public const string Sts = "sts";
        public const string BeareaToken = "bearer";
        public const string EcsRamRole = "ecs_ram_role";
        public const string RamRoleArn = "ram_role_arn";
        public const string RsaKeyPair = "rsa_key_pair";
        public const string OIDCRoleArn = "oidc_role_arn";
        public const string CredentialsURI = "credentials_uri";
        public const string EnvAccessKeyId = "ALIBABA_CLOUD_ACCESS_KEY_ID";
        public const string EnvAccessKeySecret = "ALIBABA_CLOUD_ACCESS_KEY_SECRET";
        public const string EnvSecurityToken = "ALIBABA_CLOUD_SECURITY_TOKEN";
    }
}

namespace Aliyun.Credentials.Policy
{
    public enum StaleValueBehavior { Strict, Allow }
}

namespace Aliyun.Credentials.Exceptions
{
    public class CredentialException : Exception
    {
        public CredentialException(string message) { }
        public CredentialException(string errCode, string errMsg) { }
        public CredentialException(string errCode, string errMsg, string requestId) { }
        public string ErrorCode { get; set; }
        public string ErrorMessage { get; set; }
        public string RequestId { get; set; }
    }
}

namespace Aliyun.Credentials.Provider
{
    public interface IAlibabaCloudCredentialsProvider
    {
        CredentialModel GetCredentials();
        Task<CredentialModel> GetCredentialsAsync();
        string GetProviderName();
    }

    public sealed class RefreshResult<T>
    {
        public RefreshResult(T value, long staleTime) { }
        public T Value { get; }
        public long StaleTime { get; }
        public long PrefetchTime { get; }
    }

    public abstract class SessionCredentialsProvider : IAlibabaCloudCredentialsProvider
    {
        protected SessionCredentialsProvider() { }
        protected SessionCredentialsProvider(Builder builder) { }
        public abstract RefreshResult<CredentialModel> RefreshCredentials();
        public abstract Task<RefreshResult<CredentialModel>> RefreshCredentialsAsync();
        public CredentialModel GetCredentials() => throw null;
        public Task<CredentialModel> GetCredentialsAsync() => throw null;
        public bool IsAsyncCredentialUpdateEnabled() => throw null;
        public abstract string GetProviderName();

        public class Builder
        {
            public Builder JitterEnabled(bool buildJitterEnabled) => throw null;
            public Builder StaleValueBehavior(Aliyun.Credentials.Policy.StaleValueBehavior buildStaleValueBehavior) => throw null;
        }
    }

    public class DefaultCredentialsProvider : IAlibabaCloudCredentialsProvider
    {
        public DefaultCredentialsProvider() { }
        public DefaultCredentialsProvider(bool reuseLastProviderEnabled) { }
        public void AddCredentialsProvider(IAlibabaCloudCredentialsProvider provider) => throw null;
        public void RemoveCredentialsProvider(IAlibabaCloudCredentialsProvider provider) => throw null;
        public bool ContainsCredentialsProvider(IAlibabaCloudCredentialsProvider provider) => throw null;
        public void ClearCredentialsProvider() => throw null;
        public CredentialModel GetCredentials() => throw null;
        public Task<CredentialModel> GetCredentialsAsync() => throw null;
        public string GetProviderName() => throw null;
    }

    public class EnvironmentVariableCredentialsProvider : IAlibabaCloudCredentialsProvider
    {
        public CredentialModel GetCredentials() => throw null;
        public Task<CredentialModel> GetCredentialsAsync() => throw null;
        public string GetProviderName() => throw null;
    }

    public class StaticCredentialsProvider : IAlibabaCloudCredentialsProvider
    {
        public StaticCredentialsProvider(CredentialModel credential) { }
        public CredentialModel GetCredentials() => throw null;
        public Task<CredentialModel> GetCredentialsAsync() => throw null;
        public string GetProviderName() => throw null;
    }

    public class ProfileCredentialsProvider : IAlibabaCloudCredentialsProvider
    {
        public CredentialModel GetCredentials() => throw null;
        public Task<CredentialModel> GetCredentialsAsync() => throw null;
        public string GetProviderName() => throw null;
    }

    public class CLIProfileCredentialsProvider : IAlibabaCloudCredentialsProvider
    {
        public CLIProfileCredentialsProvider(string profileName = null) { }
        public CredentialModel GetCredentials() => throw null;
        public Task<CredentialModel> GetCredentialsAsync() => throw null;
        public string GetProviderName() => throw null;
    }

    public class RamRoleArnCredentialProvider : SessionCredentialsProvider
    {
        public int durationSeconds = 3600;
        public IAlibabaCloudCredentialsProvider CredentialsProvider { get; set; }
        [Obsolete("Use builder instead.")] public RamRoleArnCredentialProvider(Config config) { }
        [Obsolete("Use builder instead.")] public RamRoleArnCredentialProvider(string accessKeyId, string accessKeySecret, string roleArn) { }
        [Obsolete("Use builder instead.")] public RamRoleArnCredentialProvider(IAlibabaCloudCredentialsProvider provider, string roleArn) { }
        [Obsolete("Use builder instead.")] public RamRoleArnCredentialProvider(IAlibabaCloudCredentialsProvider provider, string roleArn, int durationSeconds, string roleSessionName) { }
        [Obsolete("Use builder instead.")] public RamRoleArnCredentialProvider(string accessKeyId, string accessKeySecret, string roleSessionName, string roleArn, string regionId, string policy) { }
        [Obsolete("Use builder instead.")] public RamRoleArnCredentialProvider(IAlibabaCloudCredentialsProvider provider, string roleSessionName, string roleArn, string regionId, string policy) { }

        public new class Builder : SessionCredentialsProvider.Builder
        {
            public Builder DurationSeconds(int? durationSeconds) => throw null;
            public Builder RoleSessionName(string roleSessionName) => throw null;
            public Builder RegionId(string regionId) => throw null;
            public Builder RoleArn(string roleArn) => throw null;
            public Builder Policy(string policy) => throw null;
            public Builder ConnectTimeout(int? connectTimeout) => throw null;
            public Builder ReadTimeout(int? readTimeout) => throw null;
            public Builder STSEndpoint(string stsEndpoint) => throw null;
            public Builder CredentialsProvider(IAlibabaCloudCredentialsProvider credentialsProvider) => throw null;
            public Builder ExternalId(string externalId) => throw null;
            public Builder StsRegionId(string stsRegionId) => throw null;
            public Builder EnableVpc(bool? enableVpc) => throw null;
            public Builder AccessKeyId(string accessKeyId) => throw null;
            public Builder AccessKeySecret(string accessKeySecret) => throw null;
            public Builder SecurityToken(string securityToken) => throw null;
            public RamRoleArnCredentialProvider Build() => throw null;
        }

        public override RefreshResult<CredentialModel> RefreshCredentials() => throw null;
        public override Task<RefreshResult<CredentialModel>> RefreshCredentialsAsync() => throw null;
        public override string GetProviderName() => throw null;
        public string GetSTSEndpoint() => throw null;
        public string GetExternalId() => throw null;
    }

    public class OIDCRoleArnCredentialProvider : SessionCredentialsProvider
    {
        public int durationSeconds = 3600;
        [Obsolete("Use builder instead.")] public OIDCRoleArnCredentialProvider(Config config) { }
        [Obsolete("Use builder instead.")] public OIDCRoleArnCredentialProvider(string roleArn, string oidcProviderArn, string oidcTokenFilePath) { }
        [Obsolete("Use builder instead.")] public OIDCRoleArnCredentialProvider(string roleArn, string oidcProviderArn, string oidcTokenFilePath, string roleSessionName, string regionId, string policy) { }

        public new class Builder : SessionCredentialsProvider.Builder
        {
            public Builder DurationSeconds(int? durationSeconds) => throw null;
            public Builder RoleSessionName(string roleSessionName) => throw null;
            public Builder RegionId(string regionId) => throw null;
            public Builder RoleArn(string roleArn) => throw null;
            public Builder OIDCProviderArn(string oidcProviderArn) => throw null;
            public Builder OIDCTokenFilePath(string oidcTokenFilePath) => throw null;
            public Builder Policy(string policy) => throw null;
            public Builder ConnectTimeout(int? connectTimeout) => throw null;
            public Builder ReadTimeout(int? readTimeout) => throw null;
            public Builder STSEndpoint(string stsEndpoint) => throw null;
            public Builder StsRegionId(string stsRegionId) => throw null;
            public Builder EnableVpc(bool? enableVpc) => throw null;
            public OIDCRoleArnCredentialProvider Build() => throw null;
        }

        public override RefreshResult<CredentialModel> RefreshCredentials() => throw null;
        public override Task<RefreshResult<CredentialModel>> RefreshCredentialsAsync() => throw null;
        public override string GetProviderName() => throw null;
    }

    public class EcsRamRoleCredentialProvider : SessionCredentialsProvider, IDisposable
    {
        [Obsolete("Use builder instead.")] public EcsRamRoleCredentialProvider(string roleName) { }
        [Obsolete("Use builder instead.")] public EcsRamRoleCredentialProvider(Config config) { }

        public new class Builder : SessionCredentialsProvider.Builder
        {
            public Builder() { }
            public Builder RoleName(string roleName) => throw null;
            public Builder DisableIMDSv1(bool? disableIMDSv1) => throw null;
            public Builder ConnectTimeout(int? connectTimeout) => throw null;
            public Builder ReadTimeout(int? readTimeout) => throw null;
            public Builder AsyncCredentialUpdateEnabled(bool asyncCredentialUpdateEnabledInBuilder) => throw null;
            public new Builder JitterEnabled(bool jitterEnabledInBuilder) => throw null;
            public new Builder StaleValueBehavior(Aliyun.Credentials.Policy.StaleValueBehavior staleValueBehavior) => throw null;
            public EcsRamRoleCredentialProvider Build() => throw null;
        }

        public string RoleName { get; }
        public string CredentialUrl { get; }
        public bool DisableIMDSv1 { get; }
        public int ConnectTimeout { get; }
        public int ReadTimeout { get; }
        public void Dispose() => throw null;
        public override RefreshResult<CredentialModel> RefreshCredentials() => throw null;
        public override Task<RefreshResult<CredentialModel>> RefreshCredentialsAsync() => throw null;
        public override string GetProviderName() => throw null;
    }

    public class URLCredentialProvider : SessionCredentialsProvider
    {
        [Obsolete("Use builder instead.")] public URLCredentialProvider(Config config) { }
        [Obsolete("Use builder instead.")] public URLCredentialProvider(string credentialsURI) { }

        public new class Builder : SessionCredentialsProvider.Builder
        {
            public Builder CredentialsURI(string credentialsURI) => throw null;
            public Builder CredentialsURI(Uri credentialsURI) => throw null;
            public Builder ConnectTimeout(int? connectTimeout) => throw null;
            public Builder ReadTimeout(int? readTimeout) => throw null;
            public URLCredentialProvider Build() => throw null;
        }

        public override RefreshResult<CredentialModel> RefreshCredentials() => throw null;
        public override Task<RefreshResult<CredentialModel>> RefreshCredentialsAsync() => throw null;
        public override string GetProviderName() => throw null;
    }

    [Obsolete]
    public class RsaKeyPairCredentialProvider : SessionCredentialsProvider
    {
        public RsaKeyPairCredentialProvider(Config config) { }
        public RsaKeyPairCredentialProvider(string publicKeyId, string privateKey) { }
        public int DurationSeconds { get; set; }
        public string PublicKeyId { get; set; }
        public string PrivateKey { get; set; }
        public string RegionId { get; set; }
        public int ConnectTimeout { get; set; }
        public int ReadTimeout { get; set; }
        public override RefreshResult<CredentialModel> RefreshCredentials() => throw null;
        public override Task<RefreshResult<CredentialModel>> RefreshCredentialsAsync() => throw null;
        public override string GetProviderName() => throw null;
    }
}

// The environment overrides and the token-taking builders of Aliyun.Credentials 1.5.3 (../shared/alibaba-sdk-api.md §8.9).
namespace Aliyun.Credentials.Utils
{
    public class ParameterHelper
    {
        public static string SignString(string source, string accessSecret) => throw null;
    }

    public class AuthUtils
    {
        public static string EnvironmentAccessKeyId { get; set; }
        public static string EnvironmentAccesskeySecret { get; set; }
        public static string EnvironmentSecurityToken { get; set; }
    }
}

namespace Aliyun.Credentials.Provider
{
    public class CloudSSOCredentialProvider : SessionCredentialsProvider
    {
        private CloudSSOCredentialProvider() { }
        public override RefreshResult<CredentialModel> RefreshCredentials() => throw null;
        public override Task<RefreshResult<CredentialModel>> RefreshCredentialsAsync() => throw null;
        public override string GetProviderName() => throw null;

        public new class Builder : SessionCredentialsProvider.Builder
        {
            public Builder SignInUrl(string signInUrl) => throw null;
            public Builder AccountId(string accountId) => throw null;
            public Builder AccessConfig(string accessConfig) => throw null;
            public Builder AccessToken(string accessToken) => throw null;
            public Builder AccessTokenExpire(long accessTokenExpire) => throw null;
            public Builder ConnectTimeout(int? connectTimeout) => throw null;
            public Builder ReadTimeout(int? readTimeout) => throw null;
            public CloudSSOCredentialProvider Build() => throw null;
        }
    }

    public delegate void OAuthTokenUpdateCallback(string refreshToken, string accessToken, string accessKeyId, string accessKeySecret, string securityToken, long accessTokenExpire, long stsExpire);

    public class OAuthCredentialProvider : SessionCredentialsProvider
    {
        private OAuthCredentialProvider() { }
        public override RefreshResult<CredentialModel> RefreshCredentials() => throw null;
        public override Task<RefreshResult<CredentialModel>> RefreshCredentialsAsync() => throw null;
        public override string GetProviderName() => throw null;

        public new class Builder : SessionCredentialsProvider.Builder
        {
            public Builder ClientId(string clientId) => throw null;
            public Builder SignInUrl(string signInUrl) => throw null;
            public Builder RefreshToken(string refreshToken) => throw null;
            public Builder AccessToken(string accessToken) => throw null;
            public Builder AccessTokenExpire(long accessTokenExpire) => throw null;
            public Builder ConnectTimeout(int? connectTimeout) => throw null;
            public Builder ReadTimeout(int? readTimeout) => throw null;
            public Builder TokenUpdateCallback(OAuthTokenUpdateCallback callback) => throw null;
            public OAuthCredentialProvider Build() => throw null;
        }
    }

    public delegate void ExternalCredentialUpdateCallback(string accessKeyId, string accessKeySecret, string securityToken, long expiration);

    public class ExternalCredentialProvider : IAlibabaCloudCredentialsProvider
    {
        private ExternalCredentialProvider() { }
        public CredentialModel GetCredentials() => throw null;
        public Task<CredentialModel> GetCredentialsAsync() => throw null;
        public string GetProviderName() => throw null;

        public class Builder
        {
            public Builder ProcessCommand(string processCommand) => throw null;
            public Builder TimeoutMilliseconds(int? timeoutMilliseconds) => throw null;
            public Builder CredentialUpdateCallback(ExternalCredentialUpdateCallback callback) => throw null;
            public ExternalCredentialProvider Build() => throw null;
        }
    }
}
