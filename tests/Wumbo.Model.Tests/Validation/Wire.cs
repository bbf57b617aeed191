using Wumbo.Model.Domain;

namespace Wumbo.Model.Tests.Validation;

/// <summary>Creates wire values in test data, where a bad literal is a bug in the test.</summary>
internal static class Wire
{
    public static T Create<T>(string text)
        where T : struct, IWireValue<T> =>
        T.TryCreate(text, out var value, out var problem) ? value : throw new ArgumentException(problem, nameof(text));

    public static Cidr Cidr(string text) => Create<Cidr>(text);
}
