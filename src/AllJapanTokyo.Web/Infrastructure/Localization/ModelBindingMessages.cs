using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace AllJapanTokyo.Web.Infrastructure.Localization;

/// <summary>Model-binding errors ("'abc' is not valid") in the reader's language, for every form.</summary>
public static class ModelBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider provider, PortalText L)
    {
        provider.SetAttemptedValueIsInvalidAccessor((value, field) => L["「{0}」は{1}として正しくありません。", value, field]);
        provider.SetMissingBindRequiredValueAccessor(field => L["{0}を入力してください。", field]);
        provider.SetMissingKeyOrValueAccessor(() => L["値を入力してください。"]);
        provider.SetMissingRequestBodyRequiredValueAccessor(() => L["送信内容が空です。"]);
        provider.SetNonPropertyAttemptedValueIsInvalidAccessor(value => L["「{0}」は正しい値ではありません。", value]);
        provider.SetNonPropertyUnknownValueIsInvalidAccessor(() => L["値が正しくありません。"]);
        provider.SetNonPropertyValueMustBeANumberAccessor(() => L["数値で入力してください。"]);
        provider.SetUnknownValueIsInvalidAccessor(field => L["{0}の値が正しくありません。", field]);
        provider.SetValueIsInvalidAccessor(value => L["「{0}」は正しくありません。", value]);
        provider.SetValueMustBeANumberAccessor(field => L["{0}は数値で入力してください。", field]);
        provider.SetValueMustNotBeNullAccessor(_ => L["値を入力してください。"]);
    }
}
