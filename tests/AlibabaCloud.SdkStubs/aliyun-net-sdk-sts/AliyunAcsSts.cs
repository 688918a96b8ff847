// aliyun-net-sdk-sts 3.1.3 (V1 STS model), as ../shared/alibaba-sdk-api.md §2 records it.
#nullable disable
using Aliyun.Acs.Core;
using Aliyun.Acs.Core.Transform;

namespace Aliyun.Acs.Sts.Model.V20150401
{
    public class AssumeRoleRequest : RpcAcsRequest<AssumeRoleResponse>
    {
        public AssumeRoleRequest() : base("Sts", "2015-04-01", "AssumeRole", "sts", "openAPI") { }
        public string ExternalId { get; set; }
        public string SourceIdentity { get; set; }
        public string RoleSessionName { get; set; }
        public string Policy { get; set; }
        public string RoleArn { get; set; }
        public long? DurationSeconds { get; set; }
        public override AssumeRoleResponse GetResponse(UnmarshallerContext unmarshallerContext) => throw null;
    }

    public class AssumeRoleResponse : AcsResponse
    {
        public new string RequestId { get; set; }
        public string SourceIdentity { get; set; }
        public AssumeRole_AssumedRoleUser AssumedRoleUser { get; set; }
        public AssumeRole_Credentials Credentials { get; set; }

        public class AssumeRole_AssumedRoleUser
        {
            public string AssumedRoleId { get; set; }
            public string Arn { get; set; }
        }

        public class AssumeRole_Credentials
        {
            public string SecurityToken { get; set; }
            public string Expiration { get; set; }
            public string AccessKeySecret { get; set; }
            public string AccessKeyId { get; set; }
        }
    }

    public class AssumeRoleWithSAMLRequest : RpcAcsRequest<AssumeRoleWithSAMLResponse>
    {
        public AssumeRoleWithSAMLRequest() : base("Sts", "2015-04-01", "AssumeRoleWithSAML", "sts", "openAPI") { }
        public string SAMLAssertion { get; set; }
        public string RoleArn { get; set; }
        public string SAMLProviderArn { get; set; }
        public long? DurationSeconds { get; set; }
        public string Policy { get; set; }
        public override AssumeRoleWithSAMLResponse GetResponse(UnmarshallerContext unmarshallerContext) => throw null;
    }

    public class AssumeRoleWithSAMLResponse : AcsResponse
    {
        public new string RequestId { get; set; }
        public AssumeRoleWithSAML_Credentials Credentials { get; set; }

        public class AssumeRoleWithSAML_Credentials
        {
            public string SecurityToken { get; set; }
            public string Expiration { get; set; }
            public string AccessKeySecret { get; set; }
            public string AccessKeyId { get; set; }
        }
    }

    public class AssumeRoleWithOIDCRequest : RpcAcsRequest<AssumeRoleWithOIDCResponse>
    {
        public AssumeRoleWithOIDCRequest() : base("Sts", "2015-04-01", "AssumeRoleWithOIDC", "sts", "openAPI") { }
        public string RoleArn { get; set; }
        public string RoleSessionName { get; set; }
        public string OIDCToken { get; set; }
        public long? DurationSeconds { get; set; }
        public string OIDCProviderArn { get; set; }
        public string Policy { get; set; }
        public override bool CheckShowJsonItemName() => throw null;
        public override AssumeRoleWithOIDCResponse GetResponse(UnmarshallerContext unmarshallerContext) => throw null;
    }

    public class AssumeRoleWithOIDCResponse : AcsResponse
    {
        public new string RequestId { get; set; }
        public AssumeRoleWithOIDC_Credentials Credentials { get; set; }

        public class AssumeRoleWithOIDC_Credentials
        {
            public string SecurityToken { get; set; }
            public string Expiration { get; set; }
            public string AccessKeySecret { get; set; }
            public string AccessKeyId { get; set; }
        }
    }

    public class GetCallerIdentityRequest : RpcAcsRequest<GetCallerIdentityResponse>
    {
        public GetCallerIdentityRequest() : base("Sts", "2015-04-01", "GetCallerIdentity", "sts", "openAPI") { }
        public override GetCallerIdentityResponse GetResponse(UnmarshallerContext unmarshallerContext) => throw null;
    }

    public class GetCallerIdentityResponse : AcsResponse
    {
        public string IdentityType { get; set; }
        public string AccountId { get; set; }
        public new string RequestId { get; set; }
        public string PrincipalId { get; set; }
        public string UserId { get; set; }
        public string Arn { get; set; }
        public string RoleId { get; set; }
    }
}
