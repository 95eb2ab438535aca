#include "quantity/numeral.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <vector>

#include "text/utf8.h"

namespace econex::detail {
namespace {

constexpr std::size_t kMaxDigits = 30;

int cn_digit(char32_t c) {
  switch (c) {
    case U'零':
    case U'〇':
      return 0;
    case U'一':
      return 1;
    case U'二':
    case U'两':
      return 2;
    case U'三':
      return 3;
    case U'四':
      return 4;
    case U'五':
      return 5;
    case U'六':
      return 6;
    case U'七':
      return 7;
    case U'八':
      return 8;
    case U'九':
      return 9;
    case U'壹':
      return 1;
    case U'贰':
      return 2;
    case U'叁':
      return 3;
    case U'肆':
      return 4;
    case U'伍':
      return 5;
    case U'陆':
      return 6;
    case U'柒':
      return 7;
    case U'捌':
      return 8;
    case U'玖':
      return 9;
    default:
      return -1;
  }
}

std::uint64_t cn_unit(char32_t c) {
  switch (c) {
    case U'十':
    case U'拾':
      return 10;
    case U'百':
    case U'佰':
      return 100;
    case U'千':
    case U'仟':
      return 1000;
    case U'万':
      return 10000;
    case U'亿':
      return 100000000;
    default:
      return 0;
  }
}

Decimal from_integer(std::uint64_t v) { return Decimal{std::to_string(v), 0}; }

void trim(Decimal* d) {
  const std::size_t nz = d->digits.find_first_not_of('0');
  if (nz == std::string::npos) {
    d->digits.assign(1, '0');
    d->exp10 = 0;
  } else if (nz > 0) {
    d->digits.erase(0, nz);  // (in place: no second string per number)
  }
}

// 1,234.5 (commas already checked by the grammar)
std::optional<Decimal> arabic_value(std::string_view s) {
  Decimal d;
  bool dot = false;
  for (char c : s) {
    if (c == ',') continue;
    if (c == '.') {
      dot = true;
      continue;
    }
    d.digits.push_back(c);
    if (dot) --d.exp10;
  }
  trim(&d);
  if (d.digits.size() > kMaxDigits) return std::nullopt;
  return d;
}

struct Token {
  int digit;
  std::uint64_t unit;
};

bool tokenize(std::string_view s, std::vector<Token>* out) {
  for (std::size_t i = 0; i < s.size();) {
    char32_t c = next_cp(s, &i);
    int d = cn_digit(c);
    std::uint64_t u = cn_unit(c);
    if (d < 0 && u == 0) return false;
    out->push_back(Token{d, u});
  }
  return !out->empty();
}

bool mul(std::uint64_t a, std::uint64_t b, std::uint64_t* r) {
  return !__builtin_mul_overflow(a, b, r);
}
bool add(std::uint64_t a, std::uint64_t b, std::uint64_t* r) {
  return !__builtin_add_overflow(a, b, r);
}

// Chinese integer with units: 三千二百万, 两千零二十四, 一万二, 十二, 一百零五.
std::optional<std::uint64_t> chinese_integer(const std::vector<Token>& t) {
  std::uint64_t total = 0, wan = 0, section = 0, number = 0;
  bool have_number = false, after_zero = false, wan_open = false;
  std::uint64_t last_unit = 0, last_small = 100000;  // small units must fall: 千 > 百 > 十
  bool prev_digit = false;
  for (std::size_t i = 0; i < t.size(); ++i) {
    const Token& k = t[i];
    if (k.digit >= 0) {
      if (prev_digit) return std::nullopt;  // 三四 without a unit is not an integer
      if (k.digit == 0) {
        after_zero = true;
        prev_digit = false;
        continue;
      }
      number = static_cast<std::uint64_t>(k.digit);
      have_number = true;
      prev_digit = true;
      continue;
    }
    prev_digit = false;
    std::uint64_t u = k.unit;
    if (u < 10000) {
      if (u >= last_small) return std::nullopt;  // 十百
      if (!have_number) {
        // 十二 = 12; 百万, 千亿 = 1 百万, 1 千亿; 百 alone is not a number here
        bool leads_big = i == 0 && i + 1 < t.size() && t[i + 1].unit >= 10000;
        if (u != 10 && !leads_big) return std::nullopt;
        number = 1;
      }
      std::uint64_t v;
      if (!mul(number, u, &v) || !add(section, v, &section)) return std::nullopt;
      last_small = u;
    } else if (u == 10000) {
      if (wan_open || (!have_number && section == 0)) return std::nullopt;
      if (!add(section, number, &wan)) return std::nullopt;
      wan_open = true;
      section = 0;
      last_small = 100000;
    } else {  // 亿
      std::uint64_t g = 0, w;
      if (!have_number && section == 0 && !wan_open) return std::nullopt;
      if (!mul(wan, 10000, &w) || !add(w, section, &g) || !add(g, number, &g) ||
          !add(total, g, &g) || !mul(g, 100000000, &total))
        return std::nullopt;
      if (g == 0) return std::nullopt;
      wan = 0;
      wan_open = false;
      section = 0;
      last_small = 100000;
    }
    number = 0;
    have_number = false;
    after_zero = false;
    last_unit = u;
  }
  if (have_number && last_unit >= 10 && !after_zero) {
    // 一万二 = 12000, 三千五 = 3500: a last digit right after a unit counts in
    // the next smaller unit.
    std::uint64_t scale = last_unit / 10;
    if (last_unit == 100000000) scale = 10000000;
    if (!mul(number, scale, &number)) return std::nullopt;
  }
  std::uint64_t w, r;
  if (!mul(wan, 10000, &w) || !add(total, w, &r) || !add(r, section, &r) || !add(r, number, &r))
    return std::nullopt;
  return r;
}

std::optional<NumeralValue> chinese_value(std::string_view s) {
  NumeralValue v;
  v.chinese = true;
  std::string_view int_part = s, frac_part;
  std::size_t dot = s.find("点");
  if (dot != std::string_view::npos) {
    int_part = s.substr(0, dot);
    frac_part = s.substr(dot + 3);
  }
  std::vector<Token> t;
  if (!tokenize(int_part, &t)) return std::nullopt;
  bool units = false;
  for (const Token& k : t) units |= k.unit != 0;
  if (!units) {
    if (t.size() == 2 && t[1].digit == t[0].digit + 1 && t[0].digit > 0 && frac_part.empty()) {
      v.low = from_integer(static_cast<std::uint64_t>(t[0].digit));  // 三四(个)
      v.high = from_integer(static_cast<std::uint64_t>(t[1].digit));
      return v;
    }
    // two digits that are not neighbours are no number (三五成群, 五一)
    if (t.size() == 2) return std::nullopt;
    std::string digits;  // 二〇二四: digit by digit
    for (const Token& k : t) digits.push_back(static_cast<char>('0' + k.digit));
    v.low.digits = digits;
  } else if (t.size() >= 3 && t[0].digit > 0 && t[1].digit == t[0].digit + 1 && t[2].unit != 0 &&
             t[2].unit < 10000 && frac_part.empty()) {
    // 三四十, 七八百, 三四千万: a range of two neighbouring digits before a unit
    std::vector<Token> lo(t.begin() + 1, t.end()), hi(t.begin() + 1, t.end());
    lo[0].digit = t[0].digit;
    auto a = chinese_integer(lo), b = chinese_integer(hi);
    if (!a || !b) return std::nullopt;
    v.low = from_integer(*a);
    v.high = from_integer(*b);
    return v;
  } else {
    auto n = chinese_integer(t);
    if (!n) return std::nullopt;
    v.low = from_integer(*n);
  }
  if (!frac_part.empty()) {
    std::vector<Token> f;
    if (!tokenize(frac_part, &f)) return std::nullopt;
    for (const Token& k : f) {
      if (k.digit < 0) return std::nullopt;
      v.low.digits.push_back(static_cast<char>('0' + k.digit));
      --v.low.exp10;
    }
  }
  trim(&v.low);
  if (v.low.digits.size() > kMaxDigits) return std::nullopt;
  return v;
}

}  // namespace

Decimal add(const Decimal& a, const Decimal& b) {
  int e = std::min(a.exp10, b.exp10);
  std::string x = a.digits + std::string(static_cast<std::size_t>(a.exp10 - e), '0');
  std::string y = b.digits + std::string(static_cast<std::size_t>(b.exp10 - e), '0');
  if (x.size() < y.size()) std::swap(x, y);
  y.insert(0, x.size() - y.size(), '0');
  std::string sum(x.size() + 1, '0');
  int carry = 0;
  for (std::size_t i = x.size(); i-- > 0;) {
    int d = (x[i] - '0') + (y[i] - '0') + carry;
    sum[i + 1] = static_cast<char>('0' + d % 10);
    carry = d / 10;
  }
  sum[0] = static_cast<char>('0' + carry);
  Decimal r{sum, e};
  trim(&r);
  return r;
}

double Decimal::to_double() const {
  // Clinger's fast path: an integer below 2^53 and a power of ten up to 10^22
  // are exact doubles, and one multiplication or division rounds correctly,
  // so the result is strtod's
  static constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                      1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                      1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  if (digits.size() <= 15 && exp10 >= -22 && exp10 <= 22) {
    std::uint64_t v = 0;
    bool plain = true;
    for (char c : digits) {
      plain = plain && c >= '0' && c <= '9';
      v = v * 10 + static_cast<std::uint64_t>(c - '0');
    }
    if (plain) {
      const double d = static_cast<double>(v);
      return exp10 >= 0 ? d * kPow10[exp10] : d / kPow10[-exp10];
    }
  }
  std::string s = digits + "e" + std::to_string(exp10);
  return std::strtod(s.c_str(), nullptr);
}

std::optional<NumeralValue> numeral_value(std::string_view s) {
  if (s.empty()) return std::nullopt;
  std::size_t arabic_end = 0;
  while (arabic_end < s.size() && ((s[arabic_end] >= '0' && s[arabic_end] <= '9') ||
                                   s[arabic_end] == ',' || s[arabic_end] == '.'))
    ++arabic_end;
  if (arabic_end == s.size()) {
    auto d = arabic_value(s);
    if (!d) return std::nullopt;
    return NumeralValue{*d, std::nullopt, false};
  }
  if (arabic_end == 0) return chinese_value(s);
  return std::nullopt;  // 3千 is split by the grammar into numeral + multiplier
}

int multiplier_exponent(std::string_view m) {
  if (m == "万亿") return 12;
  if (m == "亿") return 8;
  if (m == "万") return 4;
  if (m == "千") return 3;
  if (m == "百") return 2;
  return 0;
}

}  // namespace econex::detail
