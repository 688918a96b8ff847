// AlibabaCloud.SDK.ResourceManager20200331 2.6.1 (V2), as ../shared/alibaba-sdk-api.md §8.6 and §8.7 record it: roles and
// policies, no Tag and no shrink request.
#nullable disable
using System.Collections.Generic;
using System.Threading.Tasks;
using AlibabaCloud.SDK.ResourceManager20200331.Models;
using AlibabaCloud.TeaUtil.Models;

namespace AlibabaCloud.SDK.ResourceManager20200331
{
    public class Client : AlibabaCloud.OpenApiClient.Client
    {
        public Client(AlibabaCloud.OpenApiClient.Models.Config config) : base(config) { }
        public CreateRoleResponse CreateRoleWithOptions(CreateRoleRequest request, RuntimeOptions runtime) => throw null;
        public Task<CreateRoleResponse> CreateRoleWithOptionsAsync(CreateRoleRequest request, RuntimeOptions runtime) => throw null;
        public CreateRoleResponse CreateRole(CreateRoleRequest request) => throw null;
        public Task<CreateRoleResponse> CreateRoleAsync(CreateRoleRequest request) => throw null;
        public UpdateRoleResponse UpdateRoleWithOptions(UpdateRoleRequest request, RuntimeOptions runtime) => throw null;
        public Task<UpdateRoleResponse> UpdateRoleWithOptionsAsync(UpdateRoleRequest request, RuntimeOptions runtime) => throw null;
        public UpdateRoleResponse UpdateRole(UpdateRoleRequest request) => throw null;
        public Task<UpdateRoleResponse> UpdateRoleAsync(UpdateRoleRequest request) => throw null;
        public AttachPolicyResponse AttachPolicyWithOptions(AttachPolicyRequest request, RuntimeOptions runtime) => throw null;
        public Task<AttachPolicyResponse> AttachPolicyWithOptionsAsync(AttachPolicyRequest request, RuntimeOptions runtime) => throw null;
        public AttachPolicyResponse AttachPolicy(AttachPolicyRequest request) => throw null;
        public Task<AttachPolicyResponse> AttachPolicyAsync(AttachPolicyRequest request) => throw null;
        public CreatePolicyResponse CreatePolicyWithOptions(CreatePolicyRequest request, RuntimeOptions runtime) => throw null;
        public Task<CreatePolicyResponse> CreatePolicyWithOptionsAsync(CreatePolicyRequest request, RuntimeOptions runtime) => throw null;
        public CreatePolicyResponse CreatePolicy(CreatePolicyRequest request) => throw null;
        public Task<CreatePolicyResponse> CreatePolicyAsync(CreatePolicyRequest request) => throw null;
        public CreatePolicyVersionResponse CreatePolicyVersionWithOptions(CreatePolicyVersionRequest request, RuntimeOptions runtime) => throw null;
        public Task<CreatePolicyVersionResponse> CreatePolicyVersionWithOptionsAsync(CreatePolicyVersionRequest request, RuntimeOptions runtime) => throw null;
        public CreatePolicyVersionResponse CreatePolicyVersion(CreatePolicyVersionRequest request) => throw null;
        public Task<CreatePolicyVersionResponse> CreatePolicyVersionAsync(CreatePolicyVersionRequest request) => throw null;
    }
}

namespace AlibabaCloud.SDK.ResourceManager20200331.Models
{
    public class CreateRoleRequest : Tea.TeaModel
    {
        public string AssumeRolePolicyDocument { get; set; }
        public string Description { get; set; }
        public long? MaxSessionDuration { get; set; }
        public string RoleName { get; set; }
    }

    public class CreateRoleResponse : Tea.TeaModel
    {
        public Dictionary<string, string> Headers { get; set; }
        public int? StatusCode { get; set; }
        public CreateRoleResponseBody Body { get; set; }
    }

    public class CreateRoleResponseBody : Tea.TeaModel
    {
        public string RequestId { get; set; }
        public CreateRoleResponseBodyRole Role { get; set; }

        public class CreateRoleResponseBodyRole : Tea.TeaModel
        {
            public string Arn { get; set; }
            public string AssumeRolePolicyDocument { get; set; }
            public string CreateDate { get; set; }
            public string Description { get; set; }
            public long? MaxSessionDuration { get; set; }
            public string RoleId { get; set; }
            public string RoleName { get; set; }
            public string RolePrincipalName { get; set; }
        }
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
        public UpdateRoleResponseBody Body { get; set; }
    }

    public class UpdateRoleResponseBody : Tea.TeaModel
    {
        public string RequestId { get; set; }
        public UpdateRoleResponseBodyRole Role { get; set; }

        public class UpdateRoleResponseBodyRole : Tea.TeaModel
        {
            public string Arn { get; set; }
            public string AssumeRolePolicyDocument { get; set; }
            public string CreateDate { get; set; }
            public string Description { get; set; }
            public long? MaxSessionDuration { get; set; }
            public string RoleId { get; set; }
            public string RoleName { get; set; }
            public string RolePrincipalName { get; set; }
            public string UpdateDate { get; set; }
        }
    }

    public class CreatePolicyRequest : Tea.TeaModel
    {
        public string Description { get; set; }
        public string PolicyDocument { get; set; }
        public string PolicyName { get; set; }
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
            public string VersionId { get; set; }
        }
    }

    public class AttachPolicyRequest : Tea.TeaModel
    {
        public string PolicyName { get; set; }
        public string PolicyType { get; set; }
        public string PrincipalName { get; set; }
        public string PrincipalType { get; set; }
        public string ResourceGroupId { get; set; }
    }

    public class AttachPolicyResponse : Tea.TeaModel
    {
        public Dictionary<string, string> Headers { get; set; }
        public int? StatusCode { get; set; }
        public AttachPolicyResponseBody Body { get; set; }
    }

    public class AttachPolicyResponseBody : Tea.TeaModel
    {
        public string RequestId { get; set; }
    }
}
