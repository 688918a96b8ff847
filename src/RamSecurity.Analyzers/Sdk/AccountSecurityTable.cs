using System.Collections.Immutable;
using System.Linq;

namespace RamSecurity.Analyzers.Sdk;

/// <summary>
/// The SDK knowledge of the account rules, from ../shared/alibaba-sdk-api.md: where a long-lived AccessKey pair is
/// handed to a client (RAM005), which request creates an AccessKey (RAM004), and which members carry a permission
/// policy or attach one (RAM008). Which parameter or property carries an AccessKey ID, secret or token stays in
/// <see cref="SdkCredentialTable"/>.
/// </summary>
internal static class AccountSecurityTable
{
    /// <summary>
    /// Calls and creations that take a static AccessKey pair (RAM005) when their arguments carry an ID and a secret
    /// and no security token: the overloads are told apart by <see cref="SdkCredentialTable"/>.
    /// </summary>
    public static readonly ImmutableArray<(string Type, string Member)> LongLivedKeyCalls = ImmutableArray.Create(
        ("Aliyun.Acs.Core.Profile.DefaultProfile", "GetProfile"),
        ("Aliyun.Acs.Core.Auth.BasicCredentials", ".ctor"),
        ("Aliyun.Acs.Core.Auth.AccessKeyCredentialProvider", ".ctor"),
        ("Aliyun.Credentials.AccessKeyCredential", ".ctor"),
        ("Aliyun.OSS.OssClient", ".ctor"),
        ("Aliyun.OSS.Common.Authentication.DefaultCredentials", ".ctor"),
        ("AlibabaCloud.OSS.V2.Credentials.StaticCredentialsProvider", ".ctor"),
        ("AlibabaCloud.OSS.V2.Credentials.StaticCredentialsProvide", ".ctor"),
        ("AlibabaCloud.OSS.V2.Credentials.Credentials", ".ctor"));

    /// <summary>OpenApiClient's Config: a static pair when AccessKeyId and AccessKeySecret are set and none of these is.</summary>
    public const string OpenApiConfig = "AlibabaCloud.OpenApiClient.Models.Config";

    /// <summary>
    /// The Configs shaped like OpenApiClient's, a static pair on the same terms: its own, the Tea-based OSS SDK's
    /// (§8.2, which has no Credential property) and the 2020-era Tea RPC and ROA clients' (§8.3).
    /// </summary>
    public static readonly ImmutableArray<string> StaticPairConfigs = ImmutableArray.Create(
        OpenApiConfig,
        "AlibabaCloud.OSS.Models.Config",
        "AlibabaCloud.RPCClient.Models.Config",
        "AlibabaCloud.ROAClient.Models.Config");

    public static readonly ImmutableArray<string> OpenApiConfigTemporaryCredentialMembers = ImmutableArray.Create("SecurityToken", "Credential", "BearerToken");

    /// <summary>Aliyun.Credentials' Config: a static pair when its Type is "access_key".</summary>
    public const string CredentialsConfig = "Aliyun.Credentials.Models.Config";

    public const string CredentialsConfigTypeProperty = "Type";

    public const string StaticAccessKeyType = "access_key";

    /// <summary>
    /// CreateAccessKey requests (RAM004): without a user the key is created for the caller itself. RAM's (V1, V2) and
    /// IMS's (§8.5), the same list as RAM013's.
    /// </summary>
    public static readonly ImmutableArray<string> CreateAccessKeyRequests = IdentityTable.CreateAccessKeyRequests;

    public const string UserNameProperty = "UserName";

    /// <summary>The properties that name the user of a CreateAccessKey request: RAM's UserName, IMS's UserPrincipalName.</summary>
    public static readonly ImmutableArray<string> CreateAccessKeyUserProperties = IdentityTable.UserProperties;

    /// <summary>
    /// Members that take a permission policy document (RAM008): an AssumeRole session policy, or a RAM policy or
    /// policy version. Trust policies (AssumeRolePolicyDocument) name principals, not permissions, and are not here.
    /// </summary>
    public static readonly ImmutableArray<SdkMemberName> PolicyDocumentMembers = ImmutableArray.Create(
        SdkMemberName.Property("Aliyun.Acs.Sts.Model.V20150401.AssumeRoleRequest", "Policy"),
        SdkMemberName.Property("Aliyun.Acs.Sts.Model.V20150401.AssumeRoleWithSAMLRequest", "Policy"),
        SdkMemberName.Property("Aliyun.Acs.Sts.Model.V20150401.AssumeRoleWithOIDCRequest", "Policy"),
        SdkMemberName.Property("AlibabaCloud.SDK.Sts20150401.Models.AssumeRoleRequest", "Policy"),
        SdkMemberName.Property("AlibabaCloud.SDK.Sts20150401.Models.AssumeRoleWithSAMLRequest", "Policy"),
        SdkMemberName.Property("AlibabaCloud.SDK.Sts20150401.Models.AssumeRoleWithOIDCRequest", "Policy"),
        SdkMemberName.Property("Aliyun.Acs.Core.Auth.Sts.AssumeRoleRequest", "Policy"),
        SdkMemberName.Property("Aliyun.Acs.Core.Auth.OIDCCredentialsProvider", "Policy"),
        SdkMemberName.Parameter("Aliyun.Acs.Core.Auth.STSAssumeRoleSessionCredentialsProvider", ".ctor", "policy"),
        SdkMemberName.Property("Aliyun.Credentials.Models.Config", "Policy"),
        SdkMemberName.Parameter("Aliyun.Credentials.Provider.RamRoleArnCredentialProvider", ".ctor", "policy"),
        SdkMemberName.Parameter("Aliyun.Credentials.Provider.RamRoleArnCredentialProvider+Builder", "Policy", "policy"),
        SdkMemberName.Parameter("Aliyun.Credentials.Provider.OIDCRoleArnCredentialProvider", ".ctor", "policy"),
        SdkMemberName.Parameter("Aliyun.Credentials.Provider.OIDCRoleArnCredentialProvider+Builder", "Policy", "policy"),
        SdkMemberName.Property("Aliyun.Acs.Ram.Model.V20150501.CreatePolicyRequest", "PolicyDocument"),
        SdkMemberName.Property("Aliyun.Acs.Ram.Model.V20150501.CreatePolicyVersionRequest", "PolicyDocument"),
        SdkMemberName.Property("AlibabaCloud.SDK.Ram20150501.Models.CreatePolicyRequest", "PolicyDocument"),
        SdkMemberName.Property("AlibabaCloud.SDK.Ram20150501.Models.CreatePolicyVersionRequest", "PolicyDocument"),
        SdkMemberName.Property("AlibabaCloud.SDK.Ram20150501.Models.CreatePolicyShrinkRequest", "PolicyDocument"),
        SdkMemberName.Property("AlibabaCloud.SDK.ResourceManager20200331.Models.CreatePolicyRequest", "PolicyDocument"),
        SdkMemberName.Property("AlibabaCloud.SDK.ResourceManager20200331.Models.CreatePolicyVersionRequest", "PolicyDocument"));

    /// <summary>
    /// Requests that attach a policy to a user, group or role (RAM008): the policy by PolicyName and PolicyType.
    /// Resource Manager's AttachPolicy (§8.7) attaches to a principal in a resource group, or the whole account.
    /// </summary>
    public static readonly ImmutableArray<string> AttachPolicyRequests = ImmutableArray.Create(
        "Aliyun.Acs.Ram.Model.V20150501.AttachPolicyToUserRequest",
        "Aliyun.Acs.Ram.Model.V20150501.AttachPolicyToGroupRequest",
        "Aliyun.Acs.Ram.Model.V20150501.AttachPolicyToRoleRequest",
        "AlibabaCloud.SDK.Ram20150501.Models.AttachPolicyToUserRequest",
        "AlibabaCloud.SDK.Ram20150501.Models.AttachPolicyToGroupRequest",
        "AlibabaCloud.SDK.Ram20150501.Models.AttachPolicyToRoleRequest",
        "AlibabaCloud.SDK.ResourceManager20200331.Models.AttachPolicyRequest");

    public const string PolicyNameProperty = "PolicyName";

    /// <summary>What a file that hands over a policy names: the policy member, the type of a constructor parameter, or the attach request or call.</summary>
    public static readonly ImmutableArray<string> MentionedNames = PolicyDocumentMembers
        .Select(member => SdkTypes.NameInSyntax(member.TypeMetadataName, member.MemberName))
        .Concat(AttachPolicyRequests.Select(SdkTypes.SimpleName))
        .Concat(new[] { "AttachPolicyToUser", "AttachPolicyToGroup", "AttachPolicyToRole", "AttachPolicy", PolicyNameProperty })
        .Distinct()
        .ToImmutableArray();

    public const string PolicyTypeProperty = "PolicyType";

    /// <summary>A custom policy may have any name; only a system policy's name says what it grants.</summary>
    public const string CustomPolicyType = "Custom";

    /// <summary>System policies that grant full administrator access, or full control of RAM (which amounts to it).</summary>
    public static readonly ImmutableArray<(string Name, string Grants)> AdministratorSystemPolicies = ImmutableArray.Create(
        ("AdministratorAccess", "full administrator access to every resource"),
        ("AliyunRAMFullAccess", "full control of RAM: users, AccessKeys, roles and policies, which amounts to administrator access"));
}
