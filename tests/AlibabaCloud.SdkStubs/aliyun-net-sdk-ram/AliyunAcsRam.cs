// aliyun-net-sdk-ram 3.2.0 (V1 RAM model), as ../shared/alibaba-sdk-api.md §2.1 and §8.5 record it.
#nullable disable
using Aliyun.Acs.Core;
using Aliyun.Acs.Core.Transform;

namespace Aliyun.Acs.Ram.Model.V20150501
{
    public class CreateAccessKeyRequest : RpcAcsRequest<CreateAccessKeyResponse>
    {
        public CreateAccessKeyRequest() : base("Ram", "2015-05-01", "CreateAccessKey", "Ram", "openAPI") { }
        public string UserName { get; set; }
        public override CreateAccessKeyResponse GetResponse(UnmarshallerContext unmarshallerContext) => throw null;
    }

    public class CreateAccessKeyResponse : AcsResponse
    {
        public new string RequestId { get; set; }
        public CreateAccessKey_AccessKey AccessKey { get; set; }

        public class CreateAccessKey_AccessKey
        {
            public string Status { get; set; }
            public string AccessKeySecret { get; set; }
            public string CreateDate { get; set; }
            public string AccessKeyId { get; set; }
        }
    }

    public class CreateRoleRequest : RpcAcsRequest<CreateRoleResponse>
    {
        public CreateRoleRequest() : base("Ram", "2015-05-01", "CreateRole", "Ram", "openAPI") { }
        public string Description { get; set; }
        public string AssumeRolePolicyDocument { get; set; }
        public long? MaxSessionDuration { get; set; }
        public string RoleName { get; set; }
        public override CreateRoleResponse GetResponse(UnmarshallerContext unmarshallerContext) => throw null;
    }

    public class CreateRoleResponse : AcsResponse
    {
        public new string RequestId { get; set; }
        public CreateRole_Role Role { get; set; }

        public class CreateRole_Role
        {
            public string AssumeRolePolicyDocument { get; set; }
            public string Description { get; set; }
            public long? MaxSessionDuration { get; set; }
            public string RoleName { get; set; }
            public string CreateDate { get; set; }
            public string RoleId { get; set; }
            public string Arn { get; set; }
        }
    }

    public class UpdateRoleRequest : RpcAcsRequest<UpdateRoleResponse>
    {
        public UpdateRoleRequest() : base("Ram", "2015-05-01", "UpdateRole", "Ram", "openAPI") { }
        public long? NewMaxSessionDuration { get; set; }
        public string NewDescription { get; set; }
        public string NewAssumeRolePolicyDocument { get; set; }
        public string RoleName { get; set; }
        public override UpdateRoleResponse GetResponse(UnmarshallerContext unmarshallerContext) => throw null;
    }

    public class UpdateRoleResponse : AcsResponse
    {
        public new string RequestId { get; set; }
        public UpdateRole_Role Role { get; set; }

        public class UpdateRole_Role
        {
            public string AssumeRolePolicyDocument { get; set; }
            public string UpdateDate { get; set; }
            public string Description { get; set; }
            public long? MaxSessionDuration { get; set; }
            public string RoleName { get; set; }
            public string CreateDate { get; set; }
            public string RoleId { get; set; }
            public string Arn { get; set; }
        }
    }

    public class AttachPolicyToUserRequest : RpcAcsRequest<AttachPolicyToUserResponse>
    {
        public AttachPolicyToUserRequest() : base("Ram", "2015-05-01", "AttachPolicyToUser", "Ram", "openAPI") { }
        public string PolicyType { get; set; }
        public string PolicyName { get; set; }
        public string UserName { get; set; }
        public override AttachPolicyToUserResponse GetResponse(UnmarshallerContext unmarshallerContext) => throw null;
    }

    public class AttachPolicyToRoleRequest : RpcAcsRequest<AttachPolicyToRoleResponse>
    {
        public AttachPolicyToRoleRequest() : base("Ram", "2015-05-01", "AttachPolicyToRole", "Ram", "openAPI") { }
        public string PolicyType { get; set; }
        public string RoleName { get; set; }
        public string PolicyName { get; set; }
        public override AttachPolicyToRoleResponse GetResponse(UnmarshallerContext unmarshallerContext) => throw null;
    }

    public class AttachPolicyToGroupRequest : RpcAcsRequest<AttachPolicyToGroupResponse>
    {
        public AttachPolicyToGroupRequest() : base("Ram", "2015-05-01", "AttachPolicyToGroup", "Ram", "openAPI") { }
        public string PolicyType { get; set; }
        public string GroupName { get; set; }
        public string PolicyName { get; set; }
        public override AttachPolicyToGroupResponse GetResponse(UnmarshallerContext unmarshallerContext) => throw null;
    }

    public class AttachPolicyToUserResponse : AcsResponse { public new string RequestId { get; set; } }
    public class AttachPolicyToRoleResponse : AcsResponse { public new string RequestId { get; set; } }
    public class AttachPolicyToGroupResponse : AcsResponse { public new string RequestId { get; set; } }

    public class CreatePolicyRequest : RpcAcsRequest<CreatePolicyResponse>
    {
        public CreatePolicyRequest() : base("Ram", "2015-05-01", "CreatePolicy", "Ram", "openAPI") { }
        public string Description { get; set; }
        public string PolicyName { get; set; }
        public string PolicyDocument { get; set; }
        public override CreatePolicyResponse GetResponse(UnmarshallerContext unmarshallerContext) => throw null;
    }

    public class CreatePolicyResponse : AcsResponse
    {
        public new string RequestId { get; set; }
        public CreatePolicy_Policy Policy { get; set; }

        public class CreatePolicy_Policy
        {
            public string DefaultVersion { get; set; }
            public string Description { get; set; }
            public string PolicyName { get; set; }
            public string CreateDate { get; set; }
            public string PolicyType { get; set; }
        }
    }

    public class CreatePolicyVersionRequest : RpcAcsRequest<CreatePolicyVersionResponse>
    {
        public CreatePolicyVersionRequest() : base("Ram", "2015-05-01", "CreatePolicyVersion", "Ram", "openAPI") { }
        public bool? SetAsDefault { get; set; }
        public string RotateStrategy { get; set; }
        public string PolicyName { get; set; }
        public string PolicyDocument { get; set; }
        public override CreatePolicyVersionResponse GetResponse(UnmarshallerContext unmarshallerContext) => throw null;
    }

    public class CreatePolicyVersionResponse : AcsResponse
    {
        public new string RequestId { get; set; }
        public CreatePolicyVersion_PolicyVersion PolicyVersion { get; set; }

        public class CreatePolicyVersion_PolicyVersion
        {
            public bool? IsDefaultVersion { get; set; }
            public string PolicyDocument { get; set; }
            public string VersionId { get; set; }
            public string CreateDate { get; set; }
        }
    }

    public class CreateUserRequest : RpcAcsRequest<CreateUserResponse>
    {
        public CreateUserRequest() : base("Ram", "2015-05-01", "CreateUser", "Ram", "openAPI") { }
        public string MobilePhone { get; set; }
        public string Email { get; set; }
        public string Comments { get; set; }
        public string DisplayName { get; set; }
        public string UserName { get; set; }
        public override CreateUserResponse GetResponse(UnmarshallerContext unmarshallerContext) => throw null;
    }

    public class CreateUserResponse : AcsResponse
    {
        public new string RequestId { get; set; }
        public CreateUser_User User { get; set; }

        public class CreateUser_User
        {
            public string DisplayName { get; set; }
            public string Email { get; set; }
            public string MobilePhone { get; set; }
            public string UserId { get; set; }
            public string Comments { get; set; }
            public string CreateDate { get; set; }
            public string UserName { get; set; }
        }
    }

    public class CreateLoginProfileRequest : RpcAcsRequest<CreateLoginProfileResponse>
    {
        public CreateLoginProfileRequest() : base("Ram", "2015-05-01", "CreateLoginProfile", "Ram", "openAPI") { }
        public string Password { get; set; }
        public bool? MFABindRequired { get; set; }
        public bool? PasswordResetRequired { get; set; }
        public string UserName { get; set; }
        public override CreateLoginProfileResponse GetResponse(UnmarshallerContext unmarshallerContext) => throw null;
    }

    public class CreateLoginProfileResponse : AcsResponse
    {
        public new string RequestId { get; set; }
        public CreateLoginProfile_LoginProfile LoginProfile { get; set; }

        public class CreateLoginProfile_LoginProfile
        {
            public bool? PasswordResetRequired { get; set; }
            public string CreateDate { get; set; }
            public string UserName { get; set; }
            public bool? MFABindRequired { get; set; }
        }
    }

    public class UpdateLoginProfileRequest : RpcAcsRequest<UpdateLoginProfileResponse>
    {
        public UpdateLoginProfileRequest() : base("Ram", "2015-05-01", "UpdateLoginProfile", "Ram", "openAPI") { }
        public string Password { get; set; }
        public bool? MFABindRequired { get; set; }
        public bool? PasswordResetRequired { get; set; }
        public string UserName { get; set; }
        public override UpdateLoginProfileResponse GetResponse(UnmarshallerContext unmarshallerContext) => throw null;
    }

    public class UpdateLoginProfileResponse : AcsResponse { public new string RequestId { get; set; } }
}
