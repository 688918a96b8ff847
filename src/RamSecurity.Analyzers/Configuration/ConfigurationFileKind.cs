using System;
using System.IO;

namespace RamSecurity.Analyzers.Configuration;

/// <summary>The kinds of configuration file a key is pasted into, by file name.</summary>
internal enum ConfigurationFileKind
{
    None,
    Json,
    Xml,
    KeyValue,
    Yaml,
}

internal static class ConfigurationFileKinds
{
    public static ConfigurationFileKind Of(string path)
    {
        var name = Path.GetFileName(path);
        var extension = Path.GetExtension(name).ToLowerInvariant();
        return extension switch
        {
            ".json" => ConfigurationFileKind.Json,
            ".config" or ".xml" => ConfigurationFileKind.Xml,
            ".env" or ".ini" or ".properties" or ".cfg" or ".conf" => ConfigurationFileKind.KeyValue,
            ".yml" or ".yaml" => ConfigurationFileKind.Yaml,

            // ".env.local", ".env.production": dotenv files named after their environment.
            _ when name.StartsWith(".env", StringComparison.OrdinalIgnoreCase) => ConfigurationFileKind.KeyValue,
            _ => ConfigurationFileKind.None,
        };
    }
}
