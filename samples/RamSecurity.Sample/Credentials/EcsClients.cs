using Aliyun.Acs.Core;
using Aliyun.Acs.Core.Profile;

namespace RamSecurity.Sample.Credentials;

/// <summary>Clients of the V1 (core) SDK, for the ECS API.</summary>
public static class EcsClients
{
    /// <summary>
    /// RAM005: the profile holds a long-lived pair from configuration. The fixes give the client a credentials provider
    /// instead: the default credential chain, or a RAM role assumed through STS.
    /// </summary>
    public static IAcsClient Create(string accessKeyId, string accessKeySecret)
    {
        var profile = DefaultProfile.GetProfile("cn-hangzhou", accessKeyId, accessKeySecret);
        return new DefaultAcsClient(profile);
    }
}
