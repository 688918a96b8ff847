using System.Collections.Immutable;
using static RamSecurity.Analyzers.Sdk.CredentialKind;
using static RamSecurity.Analyzers.Sdk.SdkCredentialMember;

namespace RamSecurity.Analyzers.Sdk;

/// <summary>
/// Every SDK member that takes an AccessKey ID, an AccessKey secret or an STS security token, from
/// ../shared/alibaba-sdk-api.md (both SDK generations, Aliyun.Credentials and Aliyun.OSS). This table is the
/// only place that knows SDK names; analyzers resolve it once per compilation (<see cref="SdkCredentialSinks"/>).
/// </summary>
internal static class SdkCredentialTable
{
    private const string CoreProfile = "Aliyun.Acs.Core.Profile.DefaultProfile";
    private const string CoreAuth = "Aliyun.Acs.Core.Auth.";
    private const string CredentialsRoot = "Aliyun.Credentials.";
    private const string RamRoleArnProvider = "Aliyun.Credentials.Provider.RamRoleArnCredentialProvider";

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
        Property("Aliyun.Acs.Core.AcsRequest`1", "SecurityToken", SecurityToken),

        // AlibabaCloud.OpenApiClient (V2, Tea): the Config every V2 client takes.
        Property("AlibabaCloud.OpenApiClient.Models.Config", "AccessKeyId", AccessKeyId),
        Property("AlibabaCloud.OpenApiClient.Models.Config", "AccessKeySecret", AccessKeySecret),
        Property("AlibabaCloud.OpenApiClient.Models.Config", "SecurityToken", SecurityToken),

        // Aliyun.Credentials: Config, CredentialModel, the RAM-role provider and its builder, legacy credentials.
        Property(CredentialsRoot + "Models.Config", "AccessKeyId", AccessKeyId),
        Property(CredentialsRoot + "Models.Config", "AccessKeySecret", AccessKeySecret),
        Property(CredentialsRoot + "Models.Config", "SecurityToken", SecurityToken),
        Property(CredentialsRoot + "Models.CredentialModel", "AccessKeyId", AccessKeyId),
        Property(CredentialsRoot + "Models.CredentialModel", "AccessKeySecret", AccessKeySecret),
        Property(CredentialsRoot + "Models.CredentialModel", "SecurityToken", SecurityToken),
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

        // Aliyun.OSS (V1 OSS SDK): the client and its credentials.
        Constructor("Aliyun.OSS.OssClient", "accessKeyId", AccessKeyId),
        Constructor("Aliyun.OSS.OssClient", "accessKeySecret", AccessKeySecret),
        Constructor("Aliyun.OSS.OssClient", "securityToken", SecurityToken),
        Constructor("Aliyun.OSS.Common.Authentication.DefaultCredentials", "accessKeyId", AccessKeyId),
        Constructor("Aliyun.OSS.Common.Authentication.DefaultCredentials", "accessKeySecret", AccessKeySecret),
        Constructor("Aliyun.OSS.Common.Authentication.DefaultCredentials", "securityToken", SecurityToken));
}
