using Aliyun.OSS;

namespace RamSecurity.Sample.Storage;

/// <summary>Uploads export files to OSS.</summary>
public sealed class ReportUploader
{
    private const string Endpoint = "https://oss-cn-hangzhou.aliyuncs.com";

    // RAM001 and RAM002: an AccessKey pair pasted into the code leaks with every clone and build log.
    private readonly OssClient _client = new OssClient(Endpoint, "LTAI5tSampleFakeKeyId0001", "SampleFakeSecret00000000000001");

    /// <summary>No longer hardcoded (RAM001/RAM002 are satisfied), but still a long-lived pair: RAM005 suggests a RAM role.</summary>
    public static OssClient FromEnvironment() => new OssClient(
        Endpoint,
        Environment.GetEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_ID") ?? throw new InvalidOperationException("Set ALIBABA_CLOUD_ACCESS_KEY_ID."),
        Environment.GetEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_SECRET") ?? throw new InvalidOperationException("Set ALIBABA_CLOUD_ACCESS_KEY_SECRET."));

    public void Upload(string bucket, string key, Stream content) => _client.PutObject(bucket, key, content);
}
