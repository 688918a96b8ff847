// AlibabaCloud.SDK.Ram20150501 1.2.1 (V2), as ../shared/alibaba-sdk-api.md §3.5-3.6, §8.5 and §8.6 record it.
#nullable disable
using System.Collections.Generic;
using System.Threading.Tasks;
using AlibabaCloud.SDK.Ram20150501.Models;
using AlibabaCloud.TeaUtil.Models;

namespace AlibabaCloud.SDK.Ram20150501
{
    public class Client : AlibabaCloud.OpenApiClient.Client
    {
        public Client(AlibabaCloud.OpenApiClient.Models.Config config) : base(config) { }
        public CreateAccessKeyResponse CreateAccessKeyWithOptions(CreateAccessKeyRequest request, RuntimeOptions runtime) => throw null;
        public Task<CreateAccessKeyResponse> CreateAccessKeyWithOptionsAsync(CreateAccessKeyRequest request, RuntimeOptions runtime) => throw null;
        public CreateAccessKeyResponse CreateAccessKey(CreateAccessKeyRequest request) => throw null;
        public Task<CreateAccessKeyResponse> CreateAccessKeyAsync(CreateAccessKeyRequest request) => throw null;
        public CreateRoleResponse CreateRoleWithOptions(CreateRoleRequest tmpReq, RuntimeOptions runtime) => throw null;
        public Task<CreateRoleResponse> CreateRoleWithOptionsAsync(CreateRoleRequest tmpReq, RuntimeOptions runtime) => throw null;
        public CreateRoleResponse CreateRole(CreateRoleRequest request) => throw null;
        public Task<CreateRoleResponse> CreateRoleAsync(CreateRoleRequest request) => throw null;
        public UpdateRoleResponse UpdateRoleWithOptions(UpdateRoleRequest request, RuntimeOptions runtime) => throw null;
        public Task<UpdateRoleResponse> UpdateRoleWithOptionsAsync(UpdateRoleRequest request, RuntimeOptions runtime) => throw null;
        public UpdateRoleResponse UpdateRole(UpdateRoleRequest request) => throw null;
        public Task<UpdateRoleResponse> UpdateRoleAsync(UpdateRoleRequest request) => throw null;
        public AttachPolicyToUserResponse AttachPolicyToUserWithOptions(AttachPolicyToUserRequest request, RuntimeOptions runtime) => throw null;
        public Task<AttachPolicyToUserResponse> AttachPolicyToUserWithOptionsAsync(AttachPolicyToUserRequest request, RuntimeOptions runtime) => throw null;
        public AttachPolicyToUserResponse AttachPolicyToUser(AttachPolicyToUserRequest request) => throw null;
        public Task<AttachPolicyToUserResponse> AttachPolicyToUserAsync(AttachPolicyToUserRequest request) => throw null;
        public AttachPolicyToRoleResponse AttachPolicyToRoleWithOptions(AttachPolicyToRoleRequest request, RuntimeOptions runtime) => throw null;
        public Task<AttachPolicyToRoleResponse> AttachPolicyToRoleWithOptionsAsync(AttachPolicyToRoleRequest request, RuntimeOptions runtime) => throw null;
        public AttachPolicyToRoleResponse AttachPolicyToRole(AttachPolicyToRoleRequest request) => throw null;
        public Task<AttachPolicyToRoleResponse> AttachPolicyToRoleAsync(AttachPolicyToRoleRequest request) => throw null;
        public AttachPolicyToGroupResponse AttachPolicyToGroupWithOptions(AttachPolicyToGroupRequest request, RuntimeOptions runtime) => throw null;
        public Task<AttachPolicyToGroupResponse> AttachPolicyToGroupWithOptionsAsync(AttachPolicyToGroupRequest request, RuntimeOptions runtime) => throw null;
        public AttachPolicyToGroupResponse AttachPolicyToGroup(AttachPolicyToGroupRequest request) => throw null;
        public Task<AttachPolicyToGroupResponse> AttachPolicyToGroupAsync(AttachPolicyToGroupRequest request) => throw null;
        public CreatePolicyResponse CreatePolicyWithOptions(CreatePolicyRequest tmpReq, RuntimeOptions runtime) => throw null;
        public Task<CreatePolicyResponse> CreatePolicyWithOptionsAsync(CreatePolicyRequest tmpReq, RuntimeOptions runtime) => throw null;
        public CreatePolicyResponse CreatePolicy(CreatePolicyRequest request) => throw null;
        public Task<CreatePolicyResponse> CreatePolicyAsync(CreatePolicyRequest request) => throw null;
        public CreatePolicyVersionResponse CreatePolicyVersionWithOptions(CreatePolicyVersionRequest request, RuntimeOptions runtime) => throw null;
        public Task<CreatePolicyVersionResponse> CreatePolicyVersionWithOptionsAsync(CreatePolicyVersionRequest request, RuntimeOptions runtime) => throw null;
        public CreatePolicyVersionResponse CreatePolicyVersion(CreatePolicyVersionRequest request) => throw null;
        public Task<CreatePolicyVersionResponse> CreatePolicyVersionAsync(CreatePolicyVersionRequest request) => throw null;
        public CreateLoginProfileResponse CreateLoginProfileWithOptions(CreateLoginProfileRequest request, RuntimeOptions runtime) => throw null;
        public Task<CreateLoginProfileResponse> CreateLoginProfileWithOptionsAsync(CreateLoginProfileRequest request, RuntimeOptions runtime) => throw null;
        public CreateLoginProfileResponse CreateLoginProfile(CreateLoginProfileRequest request) => throw null;
        public Task<CreateLoginProfileResponse> CreateLoginProfileAsync(CreateLoginProfileRequest request) => throw null;
        public UpdateLoginProfileResponse UpdateLoginProfileWithOptions(UpdateLoginProfileRequest request, RuntimeOptions runtime) => throw null;
        public Task<UpdateLoginProfileResponse> UpdateLoginProfileWithOptionsAsync(UpdateLoginProfileRequest request, RuntimeOptions runtime) => throw null;
        public UpdateLoginProfileResponse UpdateLoginProfile(UpdateLoginProfileRequest request) => throw null;
        public Task<UpdateLoginProfileResponse> UpdateLoginProfileAsync(UpdateLoginProfileRequest request) => throw null;
        public CreateUserResponse CreateUserWithOptions(CreateUserRequest request, RuntimeOptions runtime) => throw null;
        public Task<CreateUserResponse> CreateUserWithOptionsAsync(CreateUserRequest request, RuntimeOptions runtime) => throw null;
        public CreateUserResponse CreateUser(CreateUserRequest request) => throw null;
        public Task<CreateUserResponse> CreateUserAsync(CreateUserRequest request) => throw null;
    }
}

namespace AlibabaCloud.SDK.Ram20150501.Models
{
    public class CreateAccessKeyRequest : Tea.TeaModel
    {
        public string UserName { get; set; }
    }

    public class CreateAccessKeyResponse : Tea.TeaModel
    {
        public Dictionary<string, string> Headers { get; set; }
        public int? StatusCode { get; set; }
        public CreateAccessKeyResponseBody Body { get; set; }
    }

    public class CreateAccessKeyResponseBody : Tea.TeaModel
    {
        public CreateAccessKeyResponseBodyAccessKey AccessKey { get; set; }
        public string RequestId { get; set; }

        public class CreateAccessKeyResponseBodyAccessKey : Tea.TeaModel
        {
            public string AccessKeyId { get; set; }
            public string AccessKeySecret { get; set; }
            public string CreateDate { get; set; }
            public string Status { get; set; }
        }
    }

    public class CreateRoleRequest : Tea.TeaModel
    {
        public string AssumeRolePolicyDocument { get; set; }
        public string Description { get; set; }
        public long? MaxSessionDuration { get; set; }
        public string RoleName { get; set; }
        public List<CreateRoleRequestTag> Tag { get; set; }

        public class CreateRoleRequestTag : Tea.TeaModel
        {
            public string Key { get; set; }
            public string Value { get; set; }
        }
    }

    public class CreateRoleResponse : Tea.TeaModel
    {
        public Dictionary<string, string> Headers { get; set; }
        public int? StatusCode { get; set; }
    }

    public class UpdateRoleRequest : Tea.TeaModel
    {
        public string NewAssumeRolePolicyDocument { get; set; }
        public string NewDescription { get; set; }
        public long? NewMaxSessionDuration { get; set; }
        public string RoleName { get; set; }
    }

    public class UpdateRoleResponse : Tea.TeaModel
    {
        public Dictionary<string, string> Headers { get; set; }
        public int? StatusCode { get; set; }
    }

    public class AttachPolicyToUserRequest : Tea.TeaModel
    {
        public string PolicyName { get; set; }
        public string PolicyType { get; set; }
        public string ResourceGroupId { get; set; }
        public string UserName { get; set; }
    }

    public class AttachPolicyToRoleRequest : Tea.TeaModel
    {
        public string PolicyName { get; set; }
        public string PolicyType { get; set; }
        public string ResourceGroupId { get; set; }
        public string RoleName { get; set; }
    }

    public class AttachPolicyToGroupRequest : Tea.TeaModel
    {
        public string GroupName { get; set; }
        public string PolicyName { get; set; }
        public string PolicyType { get; set; }
        public string ResourceGroupId { get; set; }
    }

    public class AttachPolicyToUserResponse : Tea.TeaModel
    {
        public Dictionary<string, string> Headers { get; set; }
        public int? StatusCode { get; set; }
        public AttachPolicyToUserResponseBody Body { get; set; }
    }

    public class AttachPolicyToUserResponseBody : Tea.TeaModel { public string RequestId { get; set; } }

    public class AttachPolicyToRoleResponse : Tea.TeaModel
    {
        public Dictionary<string, string> Headers { get; set; }
        public int? StatusCode { get; set; }
        public AttachPolicyToRoleResponseBody Body { get; set; }
    }

    public class AttachPolicyToRoleResponseBody : Tea.TeaModel { public string RequestId { get; set; } }

    public class AttachPolicyToGroupResponse : Tea.TeaModel
    {
        public Dictionary<string, string> Headers { get; set; }
        public int? StatusCode { get; set; }
        public AttachPolicyToGroupResponseBody Body { get; set; }
    }

    public class AttachPolicyToGroupResponseBody : Tea.TeaModel { public string RequestId { get; set; } }

    public class CreatePolicyRequest : Tea.TeaModel
    {
        public string Description { get; set; }
        public string PolicyDocument { get; set; }
        public string PolicyName { get; set; }
        public List<CreatePolicyRequestTag> Tag { get; set; }

        public class CreatePolicyRequestTag : Tea.TeaModel
        {
            public string Key { get; set; }
            public string Value { get; set; }
        }
    }

    public class CreatePolicyResponse : Tea.TeaModel
    {
        public Dictionary<string, string> Headers { get; set; }
        public int? StatusCode { get; set; }
        public CreatePolicyResponseBody Body { get; set; }
    }

    public class CreatePolicyResponseBody : Tea.TeaModel
    {
        public CreatePolicyResponseBodyPolicy Policy { get; set; }
        public string RequestId { get; set; }

        public class CreatePolicyResponseBodyPolicy : Tea.TeaModel
        {
            public string CreateDate { get; set; }
            public string DefaultVersion { get; set; }
            public string Description { get; set; }
            public string PolicyName { get; set; }
            public string PolicyType { get; set; }
        }
    }

    public class CreatePolicyVersionRequest : Tea.TeaModel
    {
        public string PolicyDocument { get; set; }
        public string PolicyName { get; set; }
        public string RotateStrategy { get; set; }
        public bool? SetAsDefault { get; set; }
    }

    public class CreatePolicyVersionResponse : Tea.TeaModel
    {
        public Dictionary<string, string> Headers { get; set; }
        public int? StatusCode { get; set; }
        public CreatePolicyVersionResponseBody Body { get; set; }
    }

    public class CreatePolicyVersionResponseBody : Tea.TeaModel
    {
        public CreatePolicyVersionResponseBodyPolicyVersion PolicyVersion { get; set; }
        public string RequestId { get; set; }

        public class CreatePolicyVersionResponseBodyPolicyVersion : Tea.TeaModel
        {
            public string CreateDate { get; set; }
            public bool? IsDefaultVersion { get; set; }
            public string PolicyDocument { get; set; }
            public string VersionId { get; set; }
        }
    }

    public class CreatePolicyShrinkRequest : Tea.TeaModel
    {
        public string Description { get; set; }
        public string PolicyDocument { get; set; }
        public string PolicyName { get; set; }
        public string TagShrink { get; set; }
    }

    public class CreateRoleShrinkRequest : Tea.TeaModel
    {
        public string AssumeRolePolicyDocument { get; set; }
        public string Description { get; set; }
        public long? MaxSessionDuration { get; set; }
        public string RoleName { get; set; }
        public string TagShrink { get; set; }
    }

    public class CreateUserRequest : Tea.TeaModel
    {
        public string Comments { get; set; }
        public string DisplayName { get; set; }
        public string Email { get; set; }
        public string MobilePhone { get; set; }
        public string UserName { get; set; }
    }

    public class CreateUserResponse : Tea.TeaModel
    {
        public Dictionary<string, string> Headers { get; set; }
        public int? StatusCode { get; set; }
        public CreateUserResponseBody Body { get; set; }
    }

    public class CreateUserResponseBody : Tea.TeaModel
    {
        public string RequestId { get; set; }
        public CreateUserResponseBodyUser User { get; set; }

        public class CreateUserResponseBodyUser : Tea.TeaModel
        {
            public string Comments { get; set; }
            public string CreateDate { get; set; }
            public string DisplayName { get; set; }
            public string Email { get; set; }
            public string MobilePhone { get; set; }
            public string UserId { get; set; }
            public string UserName { get; set; }
        }
    }

    public class CreateLoginProfileRequest : Tea.TeaModel
    {
        public bool? MFABindRequired { get; set; }
        public string Password { get; set; }
        public bool? PasswordResetRequired { get; set; }
        public string UserName { get; set; }
    }

    public class CreateLoginProfileResponse : Tea.TeaModel
    {
        public Dictionary<string, string> Headers { get; set; }
        public int? StatusCode { get; set; }
        public CreateLoginProfileResponseBody Body { get; set; }
    }

    public class CreateLoginProfileResponseBody : Tea.TeaModel
    {
        public CreateLoginProfileResponseBodyLoginProfile LoginProfile { get; set; }
        public string RequestId { get; set; }

        public class CreateLoginProfileResponseBodyLoginProfile : Tea.TeaModel
        {
            public string CreateDate { get; set; }
            public bool? MFABindRequired { get; set; }
            public bool? PasswordResetRequired { get; set; }
            public string UserName { get; set; }
        }
    }

    public class UpdateLoginProfileRequest : Tea.TeaModel
    {
        public bool? MFABindRequired { get; set; }
        public string Password { get; set; }
        public bool? PasswordResetRequired { get; set; }
        public string UserName { get; set; }
    }

    public class UpdateLoginProfileResponse : Tea.TeaModel
    {
        public Dictionary<string, string> Headers { get; set; }
        public int? StatusCode { get; set; }
        public UpdateLoginProfileResponseBody Body { get; set; }
    }

    public class UpdateLoginProfileResponseBody : Tea.TeaModel { public string RequestId { get; set; } }
}
