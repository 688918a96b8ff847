using System.Collections.Immutable;
using static RamSecurity.Analyzers.Sdk.CredentialKind;
using static RamSecurity.Analyzers.Sdk.SdkCredentialMember;

namespace RamSecurity.Analyzers.Sdk;

/// <summary>
/// Every SDK member that takes an AccessKey ID, an AccessKey secret, an STS security token or a bearer token, from
/// ../shared/alibaba-sdk-api.md (both SDK generations, Aliyun.Credentials, Aliyun.OSS, OSS SDK V2, the Tea OSS and
/// RPC/ROA clients, the signing helpers). This table is the only place that knows SDK names; analyzers resolve it
/// once per compilation (<see cref="SdkCredentialSinks"/>). Product requests that declare their own token are
/// matched by shape (<see cref="RequestProperties"/>), not listed: there are hundreds.
/// </summary>
/// <remarks>
/// The deprecated RSA key-pair members (KeyPairCredentials, RsaKeyPairCredentialProvider, Config.PublicKeyId and
/// PrivateKeyFile, §8.9) are out of scope: their values are not AccessKeys, and the SDKs mark them obsolete.
/// </remarks>
internal static class SdkCredentialTable
{
    private const string CoreProfile = "Aliyun.Acs.Core.Profile.DefaultProfile";
    private const string CoreAuth = "Aliyun.Acs.Core.Auth.";
    private const string CredentialsRoot = "Aliyun.Credentials.";
    private const string RamRoleArnProvider = "Aliyun.Credentials.Provider.RamRoleArnCredentialProvider";
    private const string OssV2 = "AlibabaCloud.OSS.V2.Credentials.";
    private const string OpenApiConfig = "AlibabaCloud.OpenApiClient.Models.Config";
    private const string TeaOssConfig = "AlibabaCloud.OSS.Models.Config";
    private const string RpcConfig = "AlibabaCloud.RPCClient.Models.Config";
    private const string RoaConfig = "AlibabaCloud.ROAClient.Models.Config";

    /// <summary>The base type of every V1 product request (§1.2, §8.4).</summary>
    public const string V1RequestBase = "Aliyun.Acs.Core.AcsRequest`1";

    /// <summary>The base type of every V2 model; a product request is AlibabaCloud.SDK.&lt;Product&gt;.Models.&lt;X&gt;Request (§8.4).</summary>
    public const string V2ModelBase = "Tea.TeaModel";

    /// <summary>The namespace above each V2 product's: AlibabaCloud.SDK.Cdn20180510.Models holds Cdn's requests.</summary>
    public const string V2ProductsNamespace = "AlibabaCloud.SDK";

    public const string V2ModelsNamespace = "Models";

    public const string RequestSuffix = "Request";

    /// <summary>What a member matched by shape names as its type in <see cref="SdkCredentialMember"/>.</summary>
    public const string RequestShapeName = "<product request>";

    /// <summary>
    /// Properties a product request declares for itself (§8.4): 566 V1 requests redeclare SecurityToken, hiding
    /// AcsRequest&lt;T&gt;.SecurityToken instead of overriding it; 1,300 V2 request models carry SecurityToken, and a
    /// few AccessKeyId, AccessKeyID (Adp) or AccessKeySecret. Matched by name on a type of the request's shape.
    /// </summary>
    public static readonly ImmutableArray<(string Property, CredentialKind Kind)> RequestProperties = ImmutableArray.Create(
        ("SecurityToken", SecurityToken),
        ("AccessKeyId", AccessKeyId),
        ("AccessKeyID", AccessKeyId),
        ("AccessKeySecret", AccessKeySecret));

    public static readonly ImmutableArray<SdkCredentialMember> Members = ImmutableArray.Create(
        // aliyun-net-sdk-core (V1): profile, credentials, providers, and the token every request can carry.
        Method(CoreProfile, "GetProfile", "accessKeyId", AccessKeyId),
        Method(CoreProfile, "GetProfile", "secret", AccessKeySecret),
        Constructor(CoreAuth + "BasicCredentials", "accessKeyId", AccessKeyId),
        Constructor(CoreAuth + "BasicCredentials", "accessKeySecret", AccessKeySecret),
        Constructor(CoreAuth + "BasicSessionCredentials", "accessKeyId", AccessKeyId),
        Constructor(CoreAuth + "BasicSessionCredentials", "accessKeySecret", AccessKeySecret),
        Constructor(CoreAuth + "BasicSessionCredentials", "sessionToken", SecurityToken),
        Constructor(CoreAuth + "InstanceProfileCredentials", "accessKeyId", AccessKeyId),
        Constructor(CoreAuth + "InstanceProfileCredentials", "accessKeySecret", AccessKeySecret),
        Constructor(CoreAuth + "InstanceProfileCredentials", "sessionToken", SecurityToken),
        Constructor(CoreAuth + "Credential", "keyId", AccessKeyId),
        Constructor(CoreAuth + "Credential", "secret", AccessKeySecret),
        Constructor(CoreAuth + "Credential", "securityToken", SecurityToken),
        Property(CoreAuth + "Credential", "AccessKeyId", AccessKeyId),
        Property(CoreAuth + "Credential", "AccessSecret", AccessKeySecret),
        Property(CoreAuth + "Credential", "SecurityToken", SecurityToken),
        Constructor(CoreAuth + "AccessKeyCredentialProvider", "accessKeyId", AccessKeyId),
        Constructor(CoreAuth + "AccessKeyCredentialProvider", "accessKeySecret", AccessKeySecret),
        Constructor(CoreAuth + "StsCredentialProvider", "accessKeyId", AccessKeyId),
        Constructor(CoreAuth + "StsCredentialProvider", "accessKeySecret", AccessKeySecret),
        Constructor(CoreAuth + "StsCredentialProvider", "securityToken", SecurityToken),
        Property(V1RequestBase, "SecurityToken", SecurityToken),
        Constructor(CoreAuth + "BearerTokenCredential", "bearerToken", BearerToken),
        Constructor(CoreAuth + "BearerTokenCredentialProvider", "bearerToken", BearerToken),

        // aliyun-net-sdk-core: the signing helpers that take the secret (§8.9), each override named, as calls bind to it.
        Method(CoreAuth + "Signer", "SignString", "accessKeySecret", AccessKeySecret),
        Method(CoreAuth + "BearerTokenSigner", "SignString", "accessKeySecret", AccessKeySecret),
        Method("Aliyun.Acs.Core.HmacSHA1Signer", "SignString", "accessKeySecret", AccessKeySecret),
        Method(CoreAuth + "ISigner", "SignString", "accessSecret", AccessKeySecret),
        Method(CoreAuth + "ShaHmac1", "SignString", "accessSecret", AccessKeySecret),
        Method(CoreAuth + "ShaHmac256", "SignString", "accessSecret", AccessKeySecret),
        Method(CoreAuth + "ISignatureComposer", "RefreshSignParameters", "accessKeyId", AccessKeyId),
        Method(CoreAuth + "RpcSignatureComposer", "RefreshSignParameters", "accessKeyId", AccessKeyId),
        Method(CoreAuth + "RoaSignatureComposer", "RefreshSignParameters", "accessKeyId", AccessKeyId),

        // AlibabaCloud.OpenApiClient (V2, Tea): the Config every V2 client takes.
        Property(OpenApiConfig, "AccessKeyId", AccessKeyId),
        Property(OpenApiConfig, "AccessKeySecret", AccessKeySecret),
        Property(OpenApiConfig, "SecurityToken", SecurityToken),
        Property(OpenApiConfig, "BearerToken", BearerToken),

        // AlibabaCloud.OpenApiUtil: the signing helpers V2 clients call (§8.9); "acesskey" is the SDK's spelling.
        Method("AlibabaCloud.OpenApiUtil.Client", "GetROASignature", "secret", AccessKeySecret),
        Method("AlibabaCloud.OpenApiUtil.Client", "GetRPCSignature", "secret", AccessKeySecret),
        Method("AlibabaCloud.OpenApiUtil.Client", "GetAuthorization", "acesskey", AccessKeyId),
        Method("AlibabaCloud.OpenApiUtil.Client", "GetAuthorization", "accessKeySecret", AccessKeySecret),

        // The Tea-based OSS SDK and the 2020-era Tea RPC/ROA clients (§8.2, §8.3): Configs shaped like OpenApiClient's.
        Property(TeaOssConfig, "AccessKeyId", AccessKeyId),
        Property(TeaOssConfig, "AccessKeySecret", AccessKeySecret),
        Property(TeaOssConfig, "SecurityToken", SecurityToken),
        Property("AlibabaCloud.OSS.Models.PostObjectRequest+PostObjectRequestHeader", "AccessKeyId", AccessKeyId),
        Property(RpcConfig, "AccessKeyId", AccessKeyId),
        Property(RpcConfig, "AccessKeySecret", AccessKeySecret),
        Property(RpcConfig, "SecurityToken", SecurityToken),
        Property(RoaConfig, "AccessKeyId", AccessKeyId),
        Property(RoaConfig, "AccessKeySecret", AccessKeySecret),
        Property(RoaConfig, "SecurityToken", SecurityToken),

        // Aliyun.Credentials: Config, CredentialModel, the RAM-role provider and its builder, legacy credentials.
        Property(CredentialsRoot + "Models.Config", "AccessKeyId", AccessKeyId),
        Property(CredentialsRoot + "Models.Config", "AccessKeySecret", AccessKeySecret),
        Property(CredentialsRoot + "Models.Config", "SecurityToken", SecurityToken),
        Property(CredentialsRoot + "Models.Config", "BearerToken", BearerToken),
        Property(CredentialsRoot + "Models.CredentialModel", "AccessKeyId", AccessKeyId),
        Property(CredentialsRoot + "Models.CredentialModel", "AccessKeySecret", AccessKeySecret),
        Property(CredentialsRoot + "Models.CredentialModel", "SecurityToken", SecurityToken),
        Property(CredentialsRoot + "Models.CredentialModel", "BearerToken", BearerToken),
        Constructor(RamRoleArnProvider, "accessKeyId", AccessKeyId),
        Constructor(RamRoleArnProvider, "accessKeySecret", AccessKeySecret),
        Method(RamRoleArnProvider + "+Builder", "AccessKeyId", "accessKeyId", AccessKeyId),
        Method(RamRoleArnProvider + "+Builder", "AccessKeySecret", "accessKeySecret", AccessKeySecret),
        Method(RamRoleArnProvider + "+Builder", "SecurityToken", "securityToken", SecurityToken),
        Constructor(CredentialsRoot + "AccessKeyCredential", "accessKeyId", AccessKeyId),
        Constructor(CredentialsRoot + "AccessKeyCredential", "accessKeySecret", AccessKeySecret),
        Constructor(CredentialsRoot + "StsCredential", "accessKeyId", AccessKeyId),
        Constructor(CredentialsRoot + "StsCredential", "accessKeySecret", AccessKeySecret),
        Constructor(CredentialsRoot + "StsCredential", "securityToken", SecurityToken),
        Constructor(CredentialsRoot + "RamRoleArnCredential", "accessKeyId", AccessKeyId),
        Constructor(CredentialsRoot + "RamRoleArnCredential", "accessKeySecret", AccessKeySecret),
        Constructor(CredentialsRoot + "RamRoleArnCredential", "securityToken", SecurityToken),
        Constructor(CredentialsRoot + "EcsRamRoleCredential", "accessKeyId", AccessKeyId),
        Constructor(CredentialsRoot + "EcsRamRoleCredential", "accessKeySecret", AccessKeySecret),
        Constructor(CredentialsRoot + "EcsRamRoleCredential", "securityToken", SecurityToken),
        Constructor(CredentialsRoot + "BearerTokenCredential", "bearerToken", BearerToken),

        // Aliyun.Credentials 1.5.3 (§8.9): the token-taking builders, the environment overrides (an assignment wins
        // over the environment for every later EnvironmentVariableCredentialsProvider), the signing helper.
        Method(CredentialsRoot + "Provider.CloudSSOCredentialProvider+Builder", "AccessToken", "accessToken", BearerToken),
        Method(CredentialsRoot + "Provider.OAuthCredentialProvider+Builder", "AccessToken", "accessToken", BearerToken),
        Method(CredentialsRoot + "Provider.OAuthCredentialProvider+Builder", "RefreshToken", "refreshToken", BearerToken),
        Property(CredentialsRoot + "Utils.AuthUtils", "EnvironmentAccessKeyId", AccessKeyId),
        Property(CredentialsRoot + "Utils.AuthUtils", "EnvironmentAccesskeySecret", AccessKeySecret),
        Property(CredentialsRoot + "Utils.AuthUtils", "EnvironmentSecurityToken", SecurityToken),
        Method(CredentialsRoot + "Utils.ParameterHelper", "SignString", "accessSecret", AccessKeySecret),

        // Aliyun.OSS (V1 OSS SDK): the client and its credentials.
        Constructor("Aliyun.OSS.OssClient", "accessKeyId", AccessKeyId),
        Constructor("Aliyun.OSS.OssClient", "accessKeySecret", AccessKeySecret),
        Constructor("Aliyun.OSS.OssClient", "securityToken", SecurityToken),
        Constructor("Aliyun.OSS.Common.Authentication.DefaultCredentials", "accessKeyId", AccessKeyId),
        Constructor("Aliyun.OSS.Common.Authentication.DefaultCredentials", "accessKeySecret", AccessKeySecret),
        Constructor("Aliyun.OSS.Common.Authentication.DefaultCredentials", "securityToken", SecurityToken),

        // OSS SDK V2 (§8.1): it reads OSS_ACCESS_KEY_ID, OSS_ACCESS_KEY_SECRET and OSS_SESSION_TOKEN, never ALIBABA_CLOUD_*.
        // StaticCredentialsProvide is the obsolete name of StaticCredentialsProvider (before 0.1.2).
        Constructor(OssV2 + "StaticCredentialsProvider", "accessKeyId", AccessKeyId).ReadsFrom(CredentialEnvironment.Oss),
        Constructor(OssV2 + "StaticCredentialsProvider", "accessKeySecret", AccessKeySecret).ReadsFrom(CredentialEnvironment.Oss),
        Constructor(OssV2 + "StaticCredentialsProvider", "securityToken", SecurityToken).ReadsFrom(CredentialEnvironment.Oss),
        Constructor(OssV2 + "StaticCredentialsProvide", "accessKeyId", AccessKeyId).ReadsFrom(CredentialEnvironment.Oss),
        Constructor(OssV2 + "StaticCredentialsProvide", "accessKeySecret", AccessKeySecret).ReadsFrom(CredentialEnvironment.Oss),
        Constructor(OssV2 + "StaticCredentialsProvide", "securityToken", SecurityToken).ReadsFrom(CredentialEnvironment.Oss),
        Constructor(OssV2 + "Credentials", "accessKeyId", AccessKeyId).ReadsFrom(CredentialEnvironment.Oss),
        Constructor(OssV2 + "Credentials", "accessKeySecret", AccessKeySecret).ReadsFrom(CredentialEnvironment.Oss),
        Constructor(OssV2 + "Credentials", "securityToken", SecurityToken).ReadsFrom(CredentialEnvironment.Oss));
}
