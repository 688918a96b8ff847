using AlibabaCloud.SDK.Ram20150501.Models;
using ResourceManager = AlibabaCloud.SDK.ResourceManager20200331;

namespace RamSecurity.Sample.Identity;

/// <summary>Tenant onboarding: the roles, RAM users and console logons a new tenant gets.</summary>
public sealed class Provisioning
{
    private const string OperatorsTrust =
        "{\"Statement\":[{\"Action\":\"sts:AssumeRole\",\"Effect\":\"Allow\",\"Principal\":{\"RAM\":[\"acs:ram::123456789012:root\"]}}],\"Version\":\"1\"}";

    private readonly AlibabaCloud.SDK.Ram20150501.Client _ram;
    private readonly ResourceManager.Client _resourceManager;

    public Provisioning(AlibabaCloud.SDK.Ram20150501.Client ram, ResourceManager.Client resourceManager)
    {
        _ram = ram;
        _resourceManager = resourceManager;
    }

    // RAM010: "RAM": "*" lets every Alibaba Cloud account assume the tenant's administrator role.
    public CreateRoleResponse CreateTenantAdminRole() => _ram.CreateRole(new CreateRoleRequest
    {
        RoleName = "tenant-admin",
        MaxSessionDuration = 3600,
        AssumeRolePolicyDocument = "{\"Statement\":[{\"Action\":\"sts:AssumeRole\",\"Effect\":\"Allow\",\"Principal\":{\"RAM\":\"*\"}}],\"Version\":\"1\"}",
    });

    // RAM010: no oidc:sub condition, so every service account of the cluster can assume the uploader's role.
    public ResourceManager.Models.CreateRoleResponse CreateUploaderRole() => _resourceManager.CreateRole(new ResourceManager.Models.CreateRoleRequest
    {
        RoleName = "reports-uploader",
        MaxSessionDuration = 3600,
        AssumeRolePolicyDocument = "{\"Statement\":[{\"Action\":\"sts:AssumeRole\",\"Effect\":\"Allow\",\"Principal\":{\"Federated\":[\"acs:ram::123456789012:oidc-provider/ack-reports\"]}," +
            "\"Condition\":{\"StringEquals\":{\"oidc:iss\":\"https://oidc-ack-cn-hangzhou.oss-cn-hangzhou.aliyuncs.com/reports\"}}}],\"Version\":\"1\"}",
    });

    /// <summary>Compliant: the operators' account, and one service account of the cluster.</summary>
    public void CreateScopedRoles()
    {
        _ram.CreateRole(new CreateRoleRequest { RoleName = "tenant-operator", MaxSessionDuration = 3600, AssumeRolePolicyDocument = OperatorsTrust });
        _resourceManager.CreateRole(new ResourceManager.Models.CreateRoleRequest
        {
            RoleName = "reports-writer",
            MaxSessionDuration = 3600,
            AssumeRolePolicyDocument = "{\"Statement\":[{\"Action\":\"sts:AssumeRole\",\"Effect\":\"Allow\",\"Principal\":{\"Federated\":[\"acs:ram::123456789012:oidc-provider/ack-reports\"]}," +
                "\"Condition\":{\"StringEquals\":{\"oidc:sub\":\"system:serviceaccount:reports:writer\"}}}],\"Version\":\"1\"}",
        });
    }

    // RAM011 (Info; a warning in this sample's .editorconfig): who may assume the role changes on a routine code path.
    public UpdateRoleResponse TrustPartner(string partnerTrustPolicy) =>
        _ram.UpdateRole(new UpdateRoleRequest { RoleName = "tenant-reader", NewAssumeRolePolicyDocument = partnerTrustPolicy });

    // RAM012: a console password without MFA; the fix adds MFABindRequired = true.
    public CreateLoginProfileResponse GiveConsoleAccess(string userName, string initialPassword) => _ram.CreateLoginProfile(new CreateLoginProfileRequest
    {
        UserName = userName,
        Password = initialPassword,
        PasswordResetRequired = true,
    });

    // RAM012: the support tool's password reset turns MFA off; the fix makes it true.
    public UpdateLoginProfileResponse ResetPassword(string userName, string temporaryPassword) =>
        _ram.UpdateLoginProfile(new UpdateLoginProfileRequest { UserName = userName, Password = temporaryPassword, PasswordResetRequired = true, MFABindRequired = false });

    // RAM013: "deploy-bot" is both a console logon and a program's AccessKey.
    public void OnboardDeployBot(string initialPassword)
    {
        _ram.CreateUser(new CreateUserRequest { UserName = "deploy-bot" });
        _ram.CreateLoginProfile(new CreateLoginProfileRequest { UserName = "deploy-bot", Password = initialPassword, MFABindRequired = true });
        _ram.CreateAccessKey(new CreateAccessKeyRequest { UserName = "deploy-bot" });
    }

    /// <summary>Compliant: the person logs on to the console, the program gets a user of its own.</summary>
    public void OnboardOperator(string userName, string initialPassword)
    {
        _ram.CreateUser(new CreateUserRequest { UserName = userName });
        _ram.CreateLoginProfile(new CreateLoginProfileRequest { UserName = userName, Password = initialPassword, MFABindRequired = true, PasswordResetRequired = true });
        _ram.CreateUser(new CreateUserRequest { UserName = userName + "-automation" });
        _ram.CreateAccessKey(new CreateAccessKeyRequest { UserName = userName + "-automation" });
    }
}
