namespace System.Runtime.CompilerServices;

/// <summary>Lets records compile for .NET Standard 2.0, the target the compiler loads generators from.</summary>
internal static class IsExternalInit;
