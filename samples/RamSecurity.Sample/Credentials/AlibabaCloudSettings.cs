using AlibabaCloud.OpenApiClient.Models;

namespace RamSecurity.Sample.Credentials;

/// <summary>Settings for the V2 (Tea) API clients.</summary>
public static class AlibabaCloudSettings
{
    // RAM001: a placeholder is still a hardcoded key once it reaches the SDK; the shape of the code is the leak.
    private const string AccessKeyId = "<your-access-key-id>";

    // RAM002: the secret in a constant, used below.
    private const string AccessKeySecret = "<your-access-key-secret>";

    public static Config CreateOpenApiConfig() => new Config
    {
        AccessKeyId = AccessKeyId,
        AccessKeySecret = AccessKeySecret,
        RegionId = "cn-hangzhou",
    };

    /// <summary>Compliant: the default credential chain (environment, profile, ECS or OIDC role).</summary>
    public static Config CreateWithDefaultChain() => new Config
    {
        Credential = new Aliyun.Credentials.Client(),
        RegionId = "cn-hangzhou",
    };
}
