using Aliyun.Acs.Core.Auth;

namespace RamSecurity.Sample.Sts;

/// <summary>Uses STS credentials obtained once by hand and pasted in.</summary>
public static class TemporarySession
{
    public static AlibabaCloudCredentialsProvider CreateProvider()
    {
        var accessKeyId = Environment.GetEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_ID") ?? string.Empty;
        var accessKeySecret = Environment.GetEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_SECRET") ?? string.Empty;

        // RAM003: an STS token is a live credential until it expires, and this code breaks when it does.
        return new StsCredentialProvider(
            accessKeyId,
            accessKeySecret,
            "CAISSampleFakeSecurityTokenForTheRamSecurityAnalyzersSample0123456789+/AbCdEfGhIjKl==");
    }
}
