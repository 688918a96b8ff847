// AlibabaCloud.SDK.Sts20150401 1.2.0 (V2), as ../shared/alibaba-sdk-api.md §3.4 records it.
#nullable disable
using System.Collections.Generic;
using System.Threading.Tasks;
using AlibabaCloud.SDK.Sts20150401.Models;
using AlibabaCloud.TeaUtil.Models;

namespace AlibabaCloud.SDK.Sts20150401
{
    public class Client : AlibabaCloud.OpenApiClient.Client
    {
        public Client(AlibabaCloud.OpenApiClient.Models.Config config) : base(config) { }
        public AssumeRoleResponse AssumeRoleWithOptions(AssumeRoleRequest request, RuntimeOptions runtime) => throw null;
        public Task<AssumeRoleResponse> AssumeRoleWithOptionsAsync(AssumeRoleRequest request, RuntimeOptions runtime) => throw null;
        public AssumeRoleResponse AssumeRole(AssumeRoleRequest request) => throw null;
        public Task<AssumeRoleResponse> AssumeRoleAsync(AssumeRoleRequest request) => throw null;
        public AssumeRoleWithOIDCResponse AssumeRoleWithOIDCWithOptions(AssumeRoleWithOIDCRequest request, RuntimeOptions runtime) => throw null;
        public Task<AssumeRoleWithOIDCResponse> AssumeRoleWithOIDCWithOptionsAsync(AssumeRoleWithOIDCRequest request, RuntimeOptions runtime) => throw null;
        public AssumeRoleWithOIDCResponse AssumeRoleWithOIDC(AssumeRoleWithOIDCRequest request) => throw null;
        public Task<AssumeRoleWithOIDCResponse> AssumeRoleWithOIDCAsync(AssumeRoleWithOIDCRequest request) => throw null;
        public AssumeRoleWithSAMLResponse AssumeRoleWithSAMLWithOptions(AssumeRoleWithSAMLRequest request, RuntimeOptions runtime) => throw null;
        public Task<AssumeRoleWithSAMLResponse> AssumeRoleWithSAMLWithOptionsAsync(AssumeRoleWithSAMLRequest request, RuntimeOptions runtime) => throw null;
        public AssumeRoleWithSAMLResponse AssumeRoleWithSAML(AssumeRoleWithSAMLRequest request) => throw null;
        public Task<AssumeRoleWithSAMLResponse> AssumeRoleWithSAMLAsync(AssumeRoleWithSAMLRequest request) => throw null;
        public GetCallerIdentityResponse GetCallerIdentityWithOptions(RuntimeOptions runtime) => throw null;
        public Task<GetCallerIdentityResponse> GetCallerIdentityWithOptionsAsync(RuntimeOptions runtime) => throw null;
        public GetCallerIdentityResponse GetCallerIdentity() => throw null;
        public Task<GetCallerIdentityResponse> GetCallerIdentityAsync() => throw null;
        public string GetEndpoint(string productId, string regionId, string endpointRule, string network, string suffix, Dictionary<string, string> endpointMap, string endpoint) => throw null;
    }
}

namespace AlibabaCloud.SDK.Sts20150401.Models
{
    public class AssumeRoleRequest : Tea.TeaModel
    {
        public long? DurationSeconds { get; set; }
        public string ExternalId { get; set; }
        public string Policy { get; set; }
        public string RoleArn { get; set; }
        public string RoleSessionName { get; set; }
        public string SourceIdentity { get; set; }
    }

    public class AssumeRoleWithOIDCRequest : Tea.TeaModel
    {
        public long? DurationSeconds { get; set; }
        public string OIDCProviderArn { get; set; }
        public string OIDCToken { get; set; }
        public string Policy { get; set; }
        public string RoleArn { get; set; }
        public string RoleSessionName { get; set; }
    }

    public class AssumeRoleWithSAMLRequest : Tea.TeaModel
    {
        public long? DurationSeconds { get; set; }
        public string Policy { get; set; }
        public string RoleArn { get; set; }
        public string SAMLAssertion { get; set; }
        public string SAMLProviderArn { get; set; }
    }

    public class AssumeRoleResponse : Tea.TeaModel
    {
        public Dictionary<string, string> Headers { get; set; }
        public int? StatusCode { get; set; }
        public AssumeRoleResponseBody Body { get; set; }
    }

    public class AssumeRoleResponseBody : Tea.TeaModel
    {
        public AssumeRoleResponseBodyAssumedRoleUser AssumedRoleUser { get; set; }
        public AssumeRoleResponseBodyCredentials Credentials { get; set; }
        public string RequestId { get; set; }
        public string SourceIdentity { get; set; }

        public class AssumeRoleResponseBodyAssumedRoleUser : Tea.TeaModel
        {
            public string Arn { get; set; }
            public string AssumedRoleId { get; set; }
        }

        public class AssumeRoleResponseBodyCredentials : Tea.TeaModel
        {
            public string AccessKeyId { get; set; }
            public string AccessKeySecret { get; set; }
            public string Expiration { get; set; }
            public string SecurityToken { get; set; }
        }
    }

    public class AssumeRoleWithOIDCResponse : Tea.TeaModel
    {
        public Dictionary<string, string> Headers { get; set; }
        public int? StatusCode { get; set; }
        public AssumeRoleWithOIDCResponseBody Body { get; set; }
    }

    public class AssumeRoleWithOIDCResponseBody : Tea.TeaModel
    {
        public AssumeRoleWithOIDCResponseBodyCredentials Credentials { get; set; }
        public string RequestId { get; set; }

        public class AssumeRoleWithOIDCResponseBodyCredentials : Tea.TeaModel
        {
            public string AccessKeyId { get; set; }
            public string AccessKeySecret { get; set; }
            public string Expiration { get; set; }
            public string SecurityToken { get; set; }
        }
    }

    public class AssumeRoleWithSAMLResponse : Tea.TeaModel
    {
        public Dictionary<string, string> Headers { get; set; }
        public int? StatusCode { get; set; }
        public AssumeRoleWithSAMLResponseBody Body { get; set; }
    }

    public class AssumeRoleWithSAMLResponseBody : Tea.TeaModel
    {
        public AssumeRoleWithSAMLResponseBodyCredentials Credentials { get; set; }
        public string RequestId { get; set; }

        public class AssumeRoleWithSAMLResponseBodyCredentials : Tea.TeaModel
        {
            public string AccessKeyId { get; set; }
            public string AccessKeySecret { get; set; }
            public string Expiration { get; set; }
            public string SecurityToken { get; set; }
        }
    }

    public class GetCallerIdentityResponse : Tea.TeaModel
    {
        public Dictionary<string, string> Headers { get; set; }
        public int? StatusCode { get; set; }
        public GetCallerIdentityResponseBody Body { get; set; }
    }

    public class GetCallerIdentityResponseBody : Tea.TeaModel
    {
        public string AccountId { get; set; }
        public string Arn { get; set; }
        public string IdentityType { get; set; }
        public string PrincipalId { get; set; }
        public string RequestId { get; set; }
        public string RoleId { get; set; }
        public string UserId { get; set; }
    }
}
