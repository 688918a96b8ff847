using System.Collections.Immutable;
using System.Linq;

namespace RamSecurity.Analyzers.Sdk;

/// <summary>
/// The SDK knowledge of the identity rules, from ../shared/alibaba-sdk-api.md §8.5-§8.7: the members that hold a role's
/// trust policy (RAM010, RAM011), the requests that create or update a RAM user's console login profile (RAM012), and
/// the requests that give a RAM user a console password or an AccessKey, with the member that names the user (RAM013).
/// </summary>
internal static class IdentityTable
{
    private const string RamV1 = "Aliyun.Acs.Ram.Model.V20150501.";
    private const string RamV2 = "AlibabaCloud.SDK.Ram20150501.Models.";
    private const string ImsV1 = "Aliyun.Acs.Ims.Model.V20190815.";
    private const string ImsV2 = "AlibabaCloud.SDK.Ims20190815.Models.";
    private const string ResourceManager = "AlibabaCloud.SDK.ResourceManager20200331.Models.";

    public const string NewTrustPolicyProperty = "NewAssumeRolePolicyDocument";

    /// <summary>UpdateRoleRequest of RAM V1, RAM V2 and Resource Manager: setting <see cref="NewTrustPolicyProperty"/> changes who may assume the role (RAM011).</summary>
    public static readonly ImmutableArray<SdkMemberName> NewTrustPolicyMembers = ImmutableArray.Create(
        SdkMemberName.Property(RamV1 + "UpdateRoleRequest", NewTrustPolicyProperty),
        SdkMemberName.Property(RamV2 + "UpdateRoleRequest", NewTrustPolicyProperty),
        SdkMemberName.Property(ResourceManager + "UpdateRoleRequest", NewTrustPolicyProperty));

    /// <summary>Every member that holds a role's trust policy (RAM010): the new role's, RAM V2's shrink request's, and an update's.</summary>
    public static readonly ImmutableArray<SdkMemberName> TrustPolicyMembers = NewTrustPolicyMembers.AddRange(new[]
    {
        SdkMemberName.Property(RamV1 + "CreateRoleRequest", "AssumeRolePolicyDocument"),
        SdkMemberName.Property(RamV2 + "CreateRoleRequest", "AssumeRolePolicyDocument"),
        SdkMemberName.Property(RamV2 + "CreateRoleShrinkRequest", "AssumeRolePolicyDocument"),
        SdkMemberName.Property(ResourceManager + "CreateRoleRequest", "AssumeRolePolicyDocument"),
    });

    public static readonly ImmutableArray<string> TrustPolicyMentionedNames = TrustPolicyMembers.Select(member => member.MemberName).Distinct().ToImmutableArray();

    public const string MfaProperty = "MFABindRequired";

    /// <summary>IMS's login profile Status: "Inactive" turns console password logon off, so the profile needs no MFA.</summary>
    public const string LoginStatusProperty = "Status";

    public const string InactiveLoginStatus = "Inactive";

    /// <summary>Requests that create a console login profile (RAM012): MFA unless <see cref="MfaProperty"/> is set to true.</summary>
    public static readonly ImmutableArray<string> CreateLoginProfileRequests = ImmutableArray.Create(
        RamV1 + "CreateLoginProfileRequest",
        RamV2 + "CreateLoginProfileRequest",
        ImsV1 + "CreateLoginProfileRequest",
        ImsV2 + "CreateLoginProfileRequest");

    /// <summary>Requests that update a console login profile (RAM012): only an explicit false turns MFA off.</summary>
    public static readonly ImmutableArray<string> UpdateLoginProfileRequests = ImmutableArray.Create(
        RamV1 + "UpdateLoginProfileRequest",
        RamV2 + "UpdateLoginProfileRequest",
        ImsV1 + "UpdateLoginProfileRequest",
        ImsV2 + "UpdateLoginProfileRequest");

    public static readonly ImmutableArray<string> LoginProfileMentionedNames = CreateLoginProfileRequests.Concat(UpdateLoginProfileRequests)
        .Select(SdkTypes.SimpleName)
        .Distinct()
        .ToImmutableArray();

    /// <summary>RAM names a user by UserName, IMS by UserPrincipalName (its logon name).</summary>
    public static readonly ImmutableArray<string> UserProperties = ImmutableArray.Create("UserName", "UserPrincipalName");

    /// <summary>Requests that create an AccessKey for the user they name (RAM013).</summary>
    public static readonly ImmutableArray<string> CreateAccessKeyRequests = ImmutableArray.Create(
        RamV1 + "CreateAccessKeyRequest",
        RamV2 + "CreateAccessKeyRequest",
        ImsV1 + "CreateAccessKeyRequest",
        ImsV2 + "CreateAccessKeyRequest");

    public static readonly ImmutableArray<string> SharedIdentityMentionedNames = ImmutableArray.Create("CreateLoginProfileRequest", "CreateAccessKeyRequest");
}
