// AlibabaCloud.SDK.Ims20190815 2.4.1 (V2 IMS), as ../shared/alibaba-sdk-api.md §8.5 records it. The bodies of the
// UpdateLoginProfile and CreateUser responses are not recorded there, so those responses carry only headers and status.
#nullable disable
using System.Collections.Generic;
using System.Threading.Tasks;
using AlibabaCloud.SDK.Ims20190815.Models;
using AlibabaCloud.TeaUtil.Models;

namespace AlibabaCloud.SDK.Ims20190815
{
    public class Client : AlibabaCloud.OpenApiClient.Client
    {
        public Client(AlibabaCloud.OpenApiClient.Models.Config config) : base(config) { }
        public CreateLoginProfileResponse CreateLoginProfileWithOptions(CreateLoginProfileRequest request, RuntimeOptions runtime) => throw null;
        public Task<CreateLoginProfileResponse> CreateLoginProfileWithOptionsAsync(CreateLoginProfileRequest request, RuntimeOptions runtime) => throw null;
        public CreateLoginProfileResponse CreateLoginProfile(CreateLoginProfileRequest request) => throw null;
        public Task<CreateLoginProfileResponse> CreateLoginProfileAsync(CreateLoginProfileRequest request) => throw null;
        public UpdateLoginProfileResponse UpdateLoginProfileWithOptions(UpdateLoginProfileRequest request, RuntimeOptions runtime) => throw null;
        public Task<UpdateLoginProfileResponse> UpdateLoginProfileWithOptionsAsync(UpdateLoginProfileRequest request, RuntimeOptions runtime) => throw null;
        public UpdateLoginProfileResponse UpdateLoginProfile(UpdateLoginProfileRequest request) => throw null;
        public Task<UpdateLoginProfileResponse> UpdateLoginProfileAsync(UpdateLoginProfileRequest request) => throw null;
        public CreateAccessKeyResponse CreateAccessKeyWithOptions(CreateAccessKeyRequest request, RuntimeOptions runtime) => throw null;
        public Task<CreateAccessKeyResponse> CreateAccessKeyWithOptionsAsync(CreateAccessKeyRequest request, RuntimeOptions runtime) => throw null;
        public CreateAccessKeyResponse CreateAccessKey(CreateAccessKeyRequest request) => throw null;
        public Task<CreateAccessKeyResponse> CreateAccessKeyAsync(CreateAccessKeyRequest request) => throw null;
        public CreateUserResponse CreateUserWithOptions(CreateUserRequest request, RuntimeOptions runtime) => throw null;
        public Task<CreateUserResponse> CreateUserWithOptionsAsync(CreateUserRequest request, RuntimeOptions runtime) => throw null;
        public CreateUserResponse CreateUser(CreateUserRequest request) => throw null;
        public Task<CreateUserResponse> CreateUserAsync(CreateUserRequest request) => throw null;
    }
}

namespace AlibabaCloud.SDK.Ims20190815.Models
{
    public class CreateLoginProfileRequest : Tea.TeaModel
    {
        public bool? MFABindRequired { get; set; }
        public string Password { get; set; }
        public bool? PasswordResetRequired { get; set; }
        public string Status { get; set; }
        public string UserPrincipalName { get; set; }
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
            public bool? MFABindRequired { get; set; }
            public bool? PasswordResetRequired { get; set; }
            public string PasswordStatus { get; set; }
            public string Status { get; set; }
            public string UpdateDate { get; set; }
            public string UserPrincipalName { get; set; }
        }
    }

    public class UpdateLoginProfileRequest : Tea.TeaModel
    {
        public bool? MFABindRequired { get; set; }
        public string Password { get; set; }
        public bool? PasswordResetRequired { get; set; }
        public string Status { get; set; }
        public string UserPrincipalName { get; set; }
    }

    public class UpdateLoginProfileResponse : Tea.TeaModel
    {
        public Dictionary<string, string> Headers { get; set; }
        public int? StatusCode { get; set; }
    }

    public class CreateAccessKeyRequest : Tea.TeaModel
    {
        public string UserPrincipalName { get; set; }
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

    public class CreateUserRequest : Tea.TeaModel
    {
        public string Comments { get; set; }
        public string DisplayName { get; set; }
        public string Email { get; set; }
        public string MobilePhone { get; set; }
        public List<CreateUserRequestTag> Tag { get; set; }
        public string UserPrincipalName { get; set; }

        public class CreateUserRequestTag : Tea.TeaModel
        {
            public string Key { get; set; }
            public string Value { get; set; }
        }
    }

    public class CreateUserResponse : Tea.TeaModel
    {
        public Dictionary<string, string> Headers { get; set; }
        public int? StatusCode { get; set; }
    }
}
