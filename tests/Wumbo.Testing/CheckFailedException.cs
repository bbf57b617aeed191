namespace Wumbo.Testing;

/// <summary>
/// A check made by the shared test support failed (snapshot mismatch, invalid Terraform). The message is
/// written for the person reading the test report, so it carries the whole explanation.
/// </summary>
public sealed class CheckFailedException : Exception
{
    public CheckFailedException()
    {
    }

    public CheckFailedException(string message)
        : base(message)
    {
    }

    public CheckFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
