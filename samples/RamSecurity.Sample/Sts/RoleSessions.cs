using Aliyun.Acs.Core;
using Aliyun.Acs.Core.Auth;
using Aliyun.Acs.Sts.Model.V20150401;
using Aliyun.Credentials.Provider;

namespace RamSecurity.Sample.Sts;

/// <summary>Temporary credentials from RAM roles: how long each session lives should be a decision, not a default.</summary>
public sealed class RoleSessions
{
    private readonly IAcsClient _client;

    public RoleSessions(IAcsClient client) => _client = client;

    // RAM006: no DurationSeconds, so STS issues credentials for the SDK's default of one hour.
    public AssumeRoleResponse ForReport(string roleArn) => _client.GetAcsResponse(new AssumeRoleRequest
    {
        RoleArn = roleArn,
        RoleSessionName = "monthly-report",
    });

    // RAM007: twelve hours is above the team's maximum (ram_security.max_session_duration, 3600 by default).
    public AssumeRoleResponse ForImport(string roleArn) => _client.GetAcsResponse(new AssumeRoleRequest
    {
        RoleArn = roleArn,
        RoleSessionName = "bulk-import",
        DurationSeconds = 43200,
    });

    // RAM006: core's provider has no constructor that takes a duration; without WithRoleSessionDurationSeconds it is 3600.
    public AlibabaCloudCredentials ForBackup(AlibabaCloudCredentials longLived, string roleArn)
    {
        var provider = new STSAssumeRoleSessionCredentialsProvider(longLived, roleArn, _client);
        provider.WithRoleSessionName("backup");
        return provider.GetCredentials();
    }

    /// <summary>Compliant: a fifteen-minute session, the shortest STS allows.</summary>
    public IAlibabaCloudCredentialsProvider ForAudit(string roleArn) => new RamRoleArnCredentialProvider.Builder()
        .RoleArn(roleArn)
        .RoleSessionName("audit")
        .DurationSeconds(900)
        .Build();
}
