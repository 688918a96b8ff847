using System.Collections.Immutable;
using System.Linq;
using static RamSecurity.Analyzers.Sdk.DurationLimits;
using static RamSecurity.Analyzers.Sdk.SessionDurationMember;

namespace RamSecurity.Analyzers.Sdk;

/// <summary>
/// Every SDK member that sets an STS session duration or a RAM role's maximum session duration, and every SDK
/// object that gets one, from ../shared/alibaba-sdk-api.md. The only place that knows these SDK names; the
/// session-duration analyzer resolves it once per compilation (<see cref="SessionDurationSinks"/>).
/// </summary>
internal static class SessionDurationTable
{
    private const string StsV1 = "Aliyun.Acs.Sts.Model.V20150401.";
    private const string StsV2 = "AlibabaCloud.SDK.Sts20150401.Models.";
    private const string RamV1 = "Aliyun.Acs.Ram.Model.V20150501.";
    private const string RamV2 = "AlibabaCloud.SDK.Ram20150501.Models.";
    private const string ResourceManager = "AlibabaCloud.SDK.ResourceManager20200331.Models.";
    private const string CoreStsProvider = "Aliyun.Acs.Core.Auth.STSAssumeRoleSessionCredentialsProvider";
    private const string RamRoleArnProvider = "Aliyun.Credentials.Provider.RamRoleArnCredentialProvider";
    private const string OidcRoleArnProvider = "Aliyun.Credentials.Provider.OIDCRoleArnCredentialProvider";

    /// <summary>The members that set a duration, with the range each accepts.</summary>
    public static readonly ImmutableArray<SessionDurationMember> Members = ImmutableArray.Create(
        // STS requests: long? in both generations (unset means 3600); core's own request has a plain long.
        Property(StsV1 + "AssumeRoleRequest", "DurationSeconds", Sts),
        Property(StsV1 + "AssumeRoleWithSAMLRequest", "DurationSeconds", Sts),
        Property(StsV1 + "AssumeRoleWithOIDCRequest", "DurationSeconds", Sts),
        Property(StsV2 + "AssumeRoleRequest", "DurationSeconds", Sts),
        Property(StsV2 + "AssumeRoleWithSAMLRequest", "DurationSeconds", Sts),
        Property(StsV2 + "AssumeRoleWithOIDCRequest", "DurationSeconds", Sts),
        Property("Aliyun.Acs.Core.Auth.Sts.AssumeRoleRequest", "DurationSeconds", Sts),

        // Core's role provider: no constructor takes a duration; the setter throws outside 180..3600.
        Method(CoreStsProvider, "WithRoleSessionDurationSeconds", "roleSessionDurationSeconds", CoreProvider),

        // Aliyun.Credentials: the role-typed Config, the providers' constructors and public field, their builders.
        Property("Aliyun.Credentials.Models.Config", "RoleSessionExpiration", Sts, zeroMeansUnset: true),
        Constructor(RamRoleArnProvider, "durationSeconds", Sts),
        Field(RamRoleArnProvider, "durationSeconds", Sts),
        Field(OidcRoleArnProvider, "durationSeconds", Sts),
        Method(RamRoleArnProvider + "+Builder", "DurationSeconds", "durationSeconds", Sts, zeroMeansUnset: true),
        Method(OidcRoleArnProvider + "+Builder", "DurationSeconds", "durationSeconds", Sts, zeroMeansUnset: true),

        // The role's ceiling, which every session of the role is capped by.
        Property(RamV1 + "CreateRoleRequest", "MaxSessionDuration", RoleCeiling),
        Property(RamV2 + "CreateRoleRequest", "MaxSessionDuration", RoleCeiling),
        Property(RamV1 + "UpdateRoleRequest", "NewMaxSessionDuration", RoleCeiling),
        Property(RamV2 + "UpdateRoleRequest", "NewMaxSessionDuration", RoleCeiling),
        Property(RamV2 + "CreateRoleShrinkRequest", "MaxSessionDuration", RoleCeiling),
        Property(ResourceManager + "CreateRoleRequest", "MaxSessionDuration", RoleCeiling),
        Property(ResourceManager + "UpdateRoleRequest", "NewMaxSessionDuration", RoleCeiling));

    /// <summary>The objects that should be created with a duration (RAM006), and how a fix gives them one.</summary>
    public static readonly ImmutableArray<SessionDurationCarrier> Carriers = ImmutableArray.Create(
        SessionDurationCarrier.Initialized(StsV1 + "AssumeRoleRequest", "DurationSeconds"),
        SessionDurationCarrier.Initialized(StsV1 + "AssumeRoleWithSAMLRequest", "DurationSeconds"),
        SessionDurationCarrier.Initialized(StsV1 + "AssumeRoleWithOIDCRequest", "DurationSeconds"),
        SessionDurationCarrier.Initialized(StsV2 + "AssumeRoleRequest", "DurationSeconds"),
        SessionDurationCarrier.Initialized(StsV2 + "AssumeRoleWithSAMLRequest", "DurationSeconds"),
        SessionDurationCarrier.Initialized(StsV2 + "AssumeRoleWithOIDCRequest", "DurationSeconds"),
        SessionDurationCarrier.Initialized("Aliyun.Acs.Core.Auth.Sts.AssumeRoleRequest", "DurationSeconds"),
        SessionDurationCarrier.Initialized(RamV1 + "CreateRoleRequest", "MaxSessionDuration", isRoleCeiling: true),
        SessionDurationCarrier.Initialized(RamV2 + "CreateRoleRequest", "MaxSessionDuration", isRoleCeiling: true),
        SessionDurationCarrier.Initialized(RamV2 + "CreateRoleShrinkRequest", "MaxSessionDuration", isRoleCeiling: true),
        SessionDurationCarrier.Initialized(ResourceManager + "CreateRoleRequest", "MaxSessionDuration", isRoleCeiling: true),

        // Only a Config of a role type starts sessions; "access_key", "ecs_ram_role" and the rest have no duration.
        SessionDurationCarrier.Initialized("Aliyun.Credentials.Models.Config", "RoleSessionExpiration", roleTypes: ImmutableArray.Create("ram_role_arn", "oidc_role_arn")),

        SessionDurationCarrier.SetAfterwards(CoreStsProvider, "WithRoleSessionDurationSeconds", DurationFixShape.CallStatement),
        SessionDurationCarrier.SetAfterwards(RamRoleArnProvider, "durationSeconds", DurationFixShape.AssignmentStatement),
        SessionDurationCarrier.SetAfterwards(OidcRoleArnProvider, "durationSeconds", DurationFixShape.AssignmentStatement),
        SessionDurationCarrier.Built(RamRoleArnProvider + "+Builder", "DurationSeconds"),
        SessionDurationCarrier.Built(OidcRoleArnProvider + "+Builder", "DurationSeconds"));

    /// <summary>What a file that sets a duration names: the member, or for a constructor parameter the type.</summary>
    public static readonly ImmutableArray<string> DurationMemberNames = Members
        .Select(member => SdkTypes.NameInSyntax(member.TypeMetadataName, member.MemberName))
        .Distinct()
        .ToImmutableArray();

    /// <summary>
    /// What a file that creates a duration carrier names: its type, or the SDK call it is passed to (a target-typed
    /// <c>new()</c>), or for a Config, the role type that makes it one ("Config" alone is too common a word).
    /// </summary>
    public static readonly ImmutableArray<string> MentionedNames = Carriers
        // A nested builder is named through its provider (RamRoleArnCredentialProvider.Builder): "Builder" alone is in
        // every StringBuilder, which would make the shared word pass read nearly every file word by word.
        .Select(carrier => SdkTypes.SimpleName(carrier.TypeMetadataName.Split('+')[0]))
        .Where(name => name != "Config")
        .Concat(new[] { "GetAcsResponse", "AssumeRole", "AssumeRoleWithSAML", "AssumeRoleWithOIDC", "CreateRole", "ram_role_arn", "oidc_role_arn", "RamRoleArn", "OIDCRoleArn" })
        .Distinct()
        .ToImmutableArray();

    /// <summary>
    /// Provider constructors that take their duration from a Config (<c>new RamRoleArnCredentialProvider(config)</c>):
    /// the Config is the object that must carry it, and is judged itself.
    /// </summary>
    public const string ConfigTypeMetadataName = "Aliyun.Credentials.Models.Config";

    /// <summary>The property whose constant value says which credential type a Config makes.</summary>
    public const string ConfigTypePropertyName = "Type";
}
