namespace Triage.Signals.Categories;

internal readonly record struct CategoryTerm(int Category, string Text, double Weight);
