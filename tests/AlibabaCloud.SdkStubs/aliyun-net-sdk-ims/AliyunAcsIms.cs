// aliyun-net-sdk-ims 1.0.0 (V1 IMS model), as ../shared/alibaba-sdk-api.md §8.5 records it. IMS names a user by its
// UserPrincipalName (the logon name), not by UserName.
#nullable disable
using System.Collections.Generic;
using Aliyun.Acs.Core;
using Aliyun.Acs.Core.Transform;

namespace Aliyun.Acs.Ims.Model.V20190815
{
    public class CreateUserRequest : RpcAcsRequest<CreateUserResponse>
    {
        public CreateUserRequest() : base("Ims", "2019-08-15", "CreateUser", "ims", "openAPI") { }
        public string MobilePhone { get; set; }
        public List<string> Tags { get; set; }
        public string Email { get; set; }
        public string Comments { get; set; }
        public string UserPrincipalName { get; set; }
        public string DisplayName { get; set; }

        public class Tag
        {
            public string Value_ { get; set; }
            public string Key { get; set; }
        }

        public override CreateUserResponse GetResponse(UnmarshallerContext unmarshallerContext) => throw null;
    }

    public class CreateUserResponse : AcsResponse
    {
        public new string RequestId { get; set; }
        public CreateUser_User User { get; set; }

        public class CreateUser_User
        {
            public string DisplayName { get; set; }
            public string UserPrincipalName { get; set; }
            public string Email { get; set; }
            public string UpdateDate { get; set; }
            public string MobilePhone { get; set; }
            public string UserId { get; set; }
            public string Comments { get; set; }
            public string LastLoginDate { get; set; }
            public string CreateDate { get; set; }
            public string ProvisionType { get; set; }
            public string ExternalId { get; set; }
        }
    }

    public class CreateLoginProfileRequest : RpcAcsRequest<CreateLoginProfileResponse>
    {
        public CreateLoginProfileRequest() : base("Ims", "2019-08-15", "CreateLoginProfile", "ims", "openAPI") { }
        public string Password { get; set; }
        public bool? MFABindRequired { get; set; }
        public bool? PasswordResetRequired { get; set; }
        public string UserPrincipalName { get; set; }
        public string Status { get; set; }
        public override CreateLoginProfileResponse GetResponse(UnmarshallerContext unmarshallerContext) => throw null;
    }

    public class CreateLoginProfileResponse : AcsResponse
    {
        public new string RequestId { get; set; }
        public CreateLoginProfile_LoginProfile LoginProfile { get; set; }

        public class CreateLoginProfile_LoginProfile
        {
            public string UserPrincipalName { get; set; }
            public string Status { get; set; }
            public string Password { get; set; }
            public string UpdateDate { get; set; }
            public string CreateDate { get; set; }
            public bool? PasswordResetRequired { get; set; }
            public bool? MFABindRequired { get; set; }
        }
    }

    public class UpdateLoginProfileRequest : RpcAcsRequest<UpdateLoginProfileResponse>
    {
        public UpdateLoginProfileRequest() : base("Ims", "2019-08-15", "UpdateLoginProfile", "ims", "openAPI") { }
        public string Password { get; set; }
        public bool? MFABindRequired { get; set; }
        public bool? PasswordResetRequired { get; set; }
        public string UserPrincipalName { get; set; }
        public string Status { get; set; }
        public override UpdateLoginProfileResponse GetResponse(UnmarshallerContext unmarshallerContext) => throw null;
    }

    public class UpdateLoginProfileResponse : AcsResponse
    {
        public new string RequestId { get; set; }
        public UpdateLoginProfile_LoginProfile LoginProfile { get; set; }

        public class UpdateLoginProfile_LoginProfile
        {
            public string UserPrincipalName { get; set; }
            public string Status { get; set; }
            public string Password { get; set; }
            public string UpdateDate { get; set; }
            public string CreateDate { get; set; }
            public bool? PasswordResetRequired { get; set; }
            public bool? MFABindRequired { get; set; }
        }
    }

    public class CreateAccessKeyRequest : RpcAcsRequest<CreateAccessKeyResponse>
    {
        public CreateAccessKeyRequest() : base("Ims", "2019-08-15", "CreateAccessKey", "ims", "openAPI") { }
        public string UserPrincipalName { get; set; }
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
            public string AccessKeyId { get; set; }
            public string CreateDate { get; set; }
        }
    }
}
