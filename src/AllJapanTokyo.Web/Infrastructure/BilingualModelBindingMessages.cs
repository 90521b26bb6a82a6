using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace AllJapanTokyo.Web.Infrastructure;

/// <summary>Model-binding errors ("'abc' is not valid") in Japanese first, English second, for every form.</summary>
public static class BilingualModelBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider provider)
    {
        provider.SetAttemptedValueIsInvalidAccessor((value, field) => $"「{value}」は{field}として正しくありません。 / '{value}' is not valid for {field}.");
        provider.SetMissingBindRequiredValueAccessor(field => $"{field}を入力してください。 / {field} is required.");
        provider.SetMissingKeyOrValueAccessor(() => "値を入力してください。 / A value is required.");
        provider.SetMissingRequestBodyRequiredValueAccessor(() => "送信内容が空です。 / The request body is empty.");
        provider.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"「{value}」は正しい値ではありません。 / '{value}' is not valid.");
        provider.SetNonPropertyUnknownValueIsInvalidAccessor(() => "値が正しくありません。 / The value is not valid.");
        provider.SetNonPropertyValueMustBeANumberAccessor(() => "数値で入力してください。 / Enter a number.");
        provider.SetUnknownValueIsInvalidAccessor(field => $"{field}の値が正しくありません。 / The value for {field} is not valid.");
        provider.SetValueIsInvalidAccessor(value => $"「{value}」は正しくありません。 / '{value}' is not valid.");
        provider.SetValueMustBeANumberAccessor(field => $"{field}は数値で入力してください。 / {field} must be a number.");
        provider.SetValueMustNotBeNullAccessor(value => $"値を入力してください。 / A value is required.");
    }
}
