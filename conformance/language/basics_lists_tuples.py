# Basics: list and tuple creation, indexing, append, len, iteration, membership.
nums = [3, 1, 2]
nums.append(5)
print(nums, len(nums), nums[0], nums[-1])
nums[1] = 10
print(nums, sorted(nums), nums[1:3])
total = 0
for n in nums:
    total += n
print(total, sum(nums), max(nums), min(nums))
pair = (1, "one")
print(pair, pair[1], len(pair), 2 in nums, 5 in nums)
a, b = pair
print(a, b)
print([n * 2 for n in nums])
