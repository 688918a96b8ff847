using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace RamSecurity.Analyzers.Policies;

/// <summary>
/// A small, strict JSON reader for policy documents: objects become dictionaries, arrays lists, strings strings,
/// and numbers, true, false and null are kept as their text. Malformed input gives null, never an exception.
/// </summary>
/// <remarks>
/// Written here rather than taken from System.Text.Json or Newtonsoft.Json: an analyzer is loaded into the
/// compiler's and the IDE's process, which bring their own versions of those assemblies, and a second version
/// conflicts with theirs. A policy document is at most 6,144 characters (RAM's limit), so nothing more is needed.
/// </remarks>
internal sealed class JsonReader
{
    private const int MaximumDepth = 32;
    private readonly string _text;
    private int _position;

    private JsonReader(string text) => _text = text;

    public static object? Parse(string text)
    {
        var reader = new JsonReader(text);
        if (!reader.TryValue(0, out var value))
        {
            return null;
        }

        reader.SkipWhiteSpace();
        return reader._position == text.Length ? value : null;
    }

    private bool TryValue(int depth, out object? value)
    {
        value = null;
        SkipWhiteSpace();
        if (_position >= _text.Length || depth > MaximumDepth)
        {
            return false;
        }

        switch (_text[_position])
        {
            case '{':
                return TryObject(depth, out value);
            case '[':
                return TryArray(depth, out value);
            case '"':
                var ok = TryString(out var text);
                value = text;
                return ok;
            default:
                return TryLiteral(out value);
        }
    }

    private bool TryObject(int depth, out object? value)
    {
        var members = new Dictionary<string, object?>(System.StringComparer.Ordinal);
        value = members;
        _position++;
        SkipWhiteSpace();
        if (Take('}'))
        {
            return true;
        }

        do
        {
            SkipWhiteSpace();
            if (!TryString(out var name) || !SkipWhiteSpaceAndTake(':') || !TryValue(depth + 1, out var member))
            {
                return false;
            }

            members[name!] = member;
            SkipWhiteSpace();
        }
        while (Take(','));

        return Take('}');
    }

    private bool TryArray(int depth, out object? value)
    {
        var items = new List<object?>();
        value = items;
        _position++;
        SkipWhiteSpace();
        if (Take(']'))
        {
            return true;
        }

        do
        {
            if (!TryValue(depth + 1, out var item))
            {
                return false;
            }

            items.Add(item);
            SkipWhiteSpace();
        }
        while (Take(','));

        return Take(']');
    }

    private bool TryString(out string? value)
    {
        value = null;
        if (!Take('"'))
        {
            return false;
        }

        var builder = new StringBuilder();
        while (_position < _text.Length)
        {
            var c = _text[_position++];
            if (c == '"')
            {
                value = builder.ToString();
                return true;
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            if (_position >= _text.Length)
            {
                return false;
            }

            var escaped = _text[_position++];
            switch (escaped)
            {
                case '"': case '\\': case '/': builder.Append(escaped); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u' when _position + 4 <= _text.Length
                    && int.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                    builder.Append((char)code);
                    _position += 4;
                    break;
                default:
                    return false;
            }
        }

        return false;
    }

    private bool TryLiteral(out object? value)
    {
        var start = _position;
        while (_position < _text.Length && (char.IsLetterOrDigit(_text[_position]) || _text[_position] is '-' or '+' or '.'))
        {
            _position++;
        }

        var literal = _text.Substring(start, _position - start);
        value = literal;
        return literal is "true" or "false" or "null"
            || (literal.Length > 0 && double.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out _));
    }

    private bool SkipWhiteSpaceAndTake(char c)
    {
        SkipWhiteSpace();
        return Take(c);
    }

    private bool Take(char c)
    {
        if (_position < _text.Length && _text[_position] == c)
        {
            _position++;
            return true;
        }

        return false;
    }

    private void SkipWhiteSpace()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }
    }
}
