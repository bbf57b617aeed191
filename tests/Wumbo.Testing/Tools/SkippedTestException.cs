using Xunit.v3;

namespace Wumbo.Testing.Tools;

/// <summary>
/// Reports the running test as skipped, exactly as xunit's <c>Assert.Skip</c> does: the runner treats any
/// exception whose message starts with <see cref="DynamicSkipToken.Value"/> as a skip with the rest as the
/// reason. This project references only xunit.v3.extensibility.core, which has the token but not
/// <c>Assert</c> (that lives in xunit.v3.assert).
/// </summary>
public sealed class SkippedTestException : Exception
{
    public SkippedTestException()
        : this("no reason given")
    {
    }

    public SkippedTestException(string reason)
        : base(DynamicSkipToken.Value + reason)
    {
    }

    public SkippedTestException(string reason, Exception innerException)
        : base(DynamicSkipToken.Value + reason, innerException)
    {
    }
}
