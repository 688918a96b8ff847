using AlibabaCloud.OpenApiClient.Models;
using AlibabaCloud.SDK.Ram20150501.Models;

namespace RamSecurity.Sample.Credentials;

/// <summary>A one-off setup script that grew into the service: it manages RAM itself.</summary>
public sealed class AccountSetup
{
    private readonly AlibabaCloud.SDK.Ram20150501.Client _ram;

    public AccountSetup(AlibabaCloud.SDK.Ram20150501.Client ram) => _ram = ram;

    // RAM004: the Alibaba Cloud account's own AccessKey, read from the environment, is still the root key.
    public static Config CreateAdminConfig() => new Config
    {
        AccessKeyId = Environment.GetEnvironmentVariable("ALIYUN_ROOT_ACCESS_KEY_ID"),
        AccessKeySecret = Environment.GetEnvironmentVariable("ALIYUN_ROOT_ACCESS_KEY_SECRET"),
        RegionId = "cn-hangzhou",
    };

    // RAM004: with no UserName, CreateAccessKey makes a key for the caller, the account itself when run as root.
    public CreateAccessKeyResponse CreateKey() => _ram.CreateAccessKey(new CreateAccessKeyRequest());

    /// <summary>Compliant: the key belongs to a named RAM user.</summary>
    public CreateAccessKeyResponse CreateKeyFor(string userName) => _ram.CreateAccessKey(new CreateAccessKeyRequest { UserName = userName });

    // RAM008: Action "*" on Resource "*" is administrator permissions.
    public CreatePolicyResponse CreateOpsPolicy() => _ram.CreatePolicy(new CreatePolicyRequest
    {
        PolicyName = "ops",
        PolicyDocument = "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}",
    });

    // RAM008: the CI user does not need to administer the account.
    public AttachPolicyToUserResponse GrantCi() => _ram.AttachPolicyToUser(new AttachPolicyToUserRequest
    {
        PolicyType = "System",
        PolicyName = "AdministratorAccess",
        UserName = "ci",
    });

    /// <summary>Compliant: read-only access to the one bucket the reports live in.</summary>
    public CreatePolicyResponse CreateReportsPolicy() => _ram.CreatePolicy(new CreatePolicyRequest
    {
        PolicyName = "reports-read",
        PolicyDocument = "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"oss:GetObject\"],\"Resource\":[\"acs:oss:*:*:reports/*\"]}]}",
    });
}
