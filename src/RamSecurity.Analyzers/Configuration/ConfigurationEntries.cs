using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace RamSecurity.Analyzers.Configuration;

/// <summary>
/// Reads the key-value entries of a configuration file, tolerantly: JSON (nested sections, comments), XML
/// (<c>&lt;add key="..." value="..."/&gt;</c>, attributes, elements), dotenv / ini / properties lines and YAML
/// mappings. A malformed file yields what could be read, never an exception.
/// </summary>
internal static class ConfigurationEntries
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

    // key="K" value="V" (either order), any other attribute, and <Name>text</Name> elements.
    private static readonly Regex KeyValueAttributes = new(
        @"\bkey\s*=\s*""(?<key>[^""]*)""[^<>]*?\bvalue\s*=\s*""(?<value>[^""]*)""|\bvalue\s*=\s*""(?<value>[^""]*)""[^<>]*?\bkey\s*=\s*""(?<key>[^""]*)""",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        RegexTimeout);

    private static readonly Regex Attributes = new(@"(?<key>[\w.:-]+)\s*=\s*""(?<value>[^""]*)""", RegexOptions.CultureInvariant, RegexTimeout);

    private static readonly Regex Elements = new(@"<(?<key>[\w.:-]+)(\s[^<>]*)?>(?<value>[^<]+)</\k<key>\s*>", RegexOptions.CultureInvariant, RegexTimeout);

    public static IEnumerable<ConfigurationEntry> Read(ConfigurationFileKind kind, string text) => kind switch
    {
        ConfigurationFileKind.Json => Json(text),
        ConfigurationFileKind.Xml => Xml(text),
        ConfigurationFileKind.KeyValue => KeyValueLines(text),
        ConfigurationFileKind.Yaml => Yaml(text),
        _ => Array.Empty<ConfigurationEntry>(),
    };

    private static List<ConfigurationEntry> Json(string text)
    {
        var entries = new List<ConfigurationEntry>();
        var sections = new List<string?>();
        string? key = null;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"')
            {
                var start = i + 1;
                i = EndOfJsonString(text, start);
                var value = text.Substring(start, Math.Max(0, i - start));
                i++;
                var next = i;
                while (next < text.Length && char.IsWhiteSpace(text[next]))
                {
                    next++;
                }

                if (next < text.Length && text[next] == ':')
                {
                    key = value;
                }
                else
                {
                    entries.Add(new ConfigurationEntry(Join(sections, key ?? (sections.Count > 0 ? sections[sections.Count - 1] : null)), value, start));
                    key = null;
                }
            }
            else if (c == '/' && i + 1 < text.Length && (text[i + 1] == '/' || text[i + 1] == '*'))
            {
                // appsettings.json allows comments.
                var end = text[i + 1] == '/' ? text.IndexOf('\n', i) : text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? text.Length : end + (text[i + 1] == '/' ? 1 : 2);
            }
            else
            {
                if (c is '{' or '[')
                {
                    sections.Add(key);
                    key = null;
                }
                else if (c is '}' or ']')
                {
                    if (sections.Count > 0)
                    {
                        sections.RemoveAt(sections.Count - 1);
                    }

                    key = null;
                }
                else if (c == ',')
                {
                    key = null;
                }

                i++;
            }
        }

        return entries;
    }

    private static int EndOfJsonString(string text, int start)
    {
        var i = start;
        while (i < text.Length && text[i] != '"' && text[i] != '\n')
        {
            i += text[i] == '\\' ? 2 : 1;
        }

        return Math.Min(i, text.Length);
    }

    private static string? Join(List<string?> sections, string? key)
    {
        var parts = new List<string>();
        foreach (var section in sections)
        {
            if (section is not null)
            {
                parts.Add(section);
            }
        }

        if (key is not null && (parts.Count == 0 || !ReferenceEquals(parts[parts.Count - 1], key)))
        {
            parts.Add(key);
        }

        return parts.Count == 0 ? null : string.Join(":", parts);
    }

    private static List<ConfigurationEntry> Xml(string text)
    {
        var entries = new List<ConfigurationEntry>();
        try
        {
            foreach (Match match in KeyValueAttributes.Matches(text))
            {
                var value = match.Groups["value"];
                entries.Add(new ConfigurationEntry(match.Groups["key"].Value, value.Value, value.Index));
            }

            foreach (Match match in Attributes.Matches(text))
            {
                var value = match.Groups["value"];
                entries.Add(new ConfigurationEntry(match.Groups["key"].Value, value.Value, value.Index));
            }

            foreach (Match match in Elements.Matches(text))
            {
                var value = match.Groups["value"];
                var trimmed = value.Value.Trim();
                entries.Add(new ConfigurationEntry(match.Groups["key"].Value, trimmed, value.Index + value.Value.IndexOf(trimmed, StringComparison.Ordinal)));
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological file: what was read so far is reported, the rest is not.
        }

        return entries;
    }

    /// <summary>dotenv (<c>export KEY="value"</c>), ini (<c>[section]</c>, <c>key = value</c>) and properties (<c>key=value</c>, <c>key: value</c>).</summary>
    private static List<ConfigurationEntry> KeyValueLines(string text)
    {
        var entries = new List<ConfigurationEntry>();
        string? section = null;
        foreach (var (line, lineStart) in Lines(text))
        {
            var content = line.TrimStart();
            var offset = lineStart + line.Length - content.Length;
            if (content.Length == 0 || content[0] is '#' or ';' or '!')
            {
                continue;
            }

            if (content[0] == '[')
            {
                var close = content.IndexOf(']');
                section = close > 1 ? content.Substring(1, close - 1).Trim() : null;
                continue;
            }

            if (content.StartsWith("export ", StringComparison.Ordinal))
            {
                content = content.Substring(7);
                offset += 7;
            }

            var separator = content.IndexOfAny(new[] { '=', ':' });
            if (separator <= 0)
            {
                continue;
            }

            var key = content.Substring(0, separator).Trim();
            AddValue(entries, section is null ? key : section + ":" + key, content, separator + 1, offset, " #", " ;");
        }

        return entries;
    }

    /// <summary>YAML block mappings: <c>key: value</c>, nested by indentation, list items, quoted values, comments.</summary>
    private static List<ConfigurationEntry> Yaml(string text)
    {
        var entries = new List<ConfigurationEntry>();
        var parents = new List<(int Indent, string Key)>();
        foreach (var (line, lineStart) in Lines(text))
        {
            var content = line.TrimStart();
            var indent = line.Length - content.Length;
            var offset = lineStart + indent;
            if (content.Length == 0 || content[0] == '#' || content.StartsWith("---", StringComparison.Ordinal))
            {
                continue;
            }

            if (content.StartsWith("- ", StringComparison.Ordinal))
            {
                content = content.Substring(2);
                offset += 2;
                indent += 2;
            }

            var separator = content.IndexOf(": ", StringComparison.Ordinal);
            if (separator < 0 && content.EndsWith(":", StringComparison.Ordinal))
            {
                separator = content.Length - 1;
            }

            if (separator <= 0)
            {
                continue;
            }

            while (parents.Count > 0 && parents[parents.Count - 1].Indent >= indent)
            {
                parents.RemoveAt(parents.Count - 1);
            }

            var key = content.Substring(0, separator).Trim().Trim('"', '\'');
            var path = parents.Count == 0 ? key : parents[parents.Count - 1].Key + ":" + key;
            if (content.Substring(separator + 1).Trim().Length == 0)
            {
                parents.Add((indent, path));
                continue;
            }

            AddValue(entries, path, content, separator + 1, offset, " #");
        }

        return entries;
    }

    /// <summary>The value after a separator: trimmed, without its quotes, without an inline comment when unquoted.</summary>
    private static void AddValue(List<ConfigurationEntry> entries, string key, string content, int valueStart, int contentOffset, params string[] inlineComments)
    {
        var start = valueStart;
        while (start < content.Length && char.IsWhiteSpace(content[start]))
        {
            start++;
        }

        var end = content.Length;
        if (start < end && content[start] is '"' or '\'')
        {
            var quote = content[start];
            var close = content.IndexOf(quote, start + 1);
            start++;
            end = close < 0 ? content.Length : close;
        }
        else
        {
            foreach (var marker in inlineComments)
            {
                var comment = content.IndexOf(marker, start, StringComparison.Ordinal);
                end = comment < 0 ? end : Math.Min(end, comment);
            }

            while (end > start && char.IsWhiteSpace(content[end - 1]))
            {
                end--;
            }
        }

        if (end > start)
        {
            entries.Add(new ConfigurationEntry(key, content.Substring(start, end - start), contentOffset + start));
        }
    }

    private static IEnumerable<(string Line, int Start)> Lines(string text)
    {
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            var lineEnd = end < 0 ? text.Length : end;
            var line = text.Substring(start, lineEnd - start).TrimEnd('\r');
            yield return (line, start);
            if (end < 0)
            {
                yield break;
            }

            start = end + 1;
        }
    }
}
