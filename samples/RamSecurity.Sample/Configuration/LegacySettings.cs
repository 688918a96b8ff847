namespace RamSecurity.Sample.Configuration;

/// <summary>Settings kept in code by an older version of the service: no SDK call in sight, the format gives the keys away.</summary>
public sealed class LegacySettings
{
    public string Region { get; } = "cn-hangzhou";

    // RAM001 in a comment: the key of the first release, "rotated later" LTAI5tSampleFakeKeyId0009, still leaks with the source.

    // RAM001 and RAM002: an AccessKey pair inside a connection string.
    public string StorageConnection { get; } = "Endpoint=oss-cn-hangzhou.aliyuncs.com;AccessKeyId=LTAI5tSampleFakeKeyId0002;AccessKeySecret=SampleFakeSecret00000000000002";

    public Dictionary<string, string> Defaults { get; } = new()
    {
        // RAM002: a secret stored under a key that names it.
        ["Aliyun:AccessKeySecret"] = "SampleFakeSecret00000000000003",
        ["Aliyun:Region"] = "cn-hangzhou",
    };
}
