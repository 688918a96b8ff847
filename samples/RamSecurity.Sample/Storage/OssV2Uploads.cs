using OSS = AlibabaCloud.OSS.V2;

namespace RamSecurity.Sample.Storage;

/// <summary>Uploads export files with OSS SDK V2 (AlibabaCloud.OSS.V2), the SDK new OSS code is written against.</summary>
public static class OssV2Uploads
{
    // RAM001 and RAM002, whose messages name OSS_ACCESS_KEY_ID and OSS_ACCESS_KEY_SECRET: OSS SDK V2 reads those,
    // never ALIBABA_CLOUD_*. RAM005 too: a static provider holds a long-lived pair.
    public static OSS.Client Hardcoded()
    {
        var cfg = OSS.Configuration.LoadDefault();
        cfg.Region = "cn-hangzhou";
        cfg.CredentialsProvider = new OSS.Credentials.StaticCredentialsProvider("LTAI5tSampleFakeKeyId0002", "SampleFakeSecret00000000000002");
        return new OSS.Client(cfg);
    }

    /// <summary>Done right: the SDK's own provider reads OSS_ACCESS_KEY_ID, OSS_ACCESS_KEY_SECRET and OSS_SESSION_TOKEN.</summary>
    public static OSS.Client FromEnvironment()
    {
        var cfg = OSS.Configuration.LoadDefault();
        cfg.Region = "cn-hangzhou";
        cfg.CredentialsProvider = new OSS.Credentials.EnvironmentVariableCredentialsProvider();
        return new OSS.Client(cfg);
    }

    /// <summary>Better: temporary credentials from the default chain (a RAM role where one is configured), asked for on every request.</summary>
    public static OSS.Client FromCredentialChain(Aliyun.Credentials.Client chain)
    {
        var cfg = OSS.Configuration.LoadDefault();
        cfg.Region = "cn-hangzhou";
        cfg.CredentialsProvider = new OSS.Credentials.CredentialsProviderFunc(() =>
        {
            var credential = chain.GetCredential();
            return new OSS.Credentials.Credentials(credential.AccessKeyId, credential.AccessKeySecret, credential.SecurityToken);
        });
        return new OSS.Client(cfg);
    }
}
