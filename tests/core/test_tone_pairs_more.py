"""Calm and heated versions of the same complaint, written for this test (never read by a fit):
the heated one reads at least 10 points hotter, and the calm one stays calm or firm."""

from __future__ import annotations

import pytest

from complaint_desk.core.tone import analyse

PAIRS = [
    (
        "My order 4471 arrived broken. Could you send a replacement, please?",
        "My order 4471 arrived BROKEN!!! Send a replacement NOW, you useless lot!",
    ),
    (
        "I have been charged twice for my March bill. Please refund the duplicate payment.",
        "You've charged me TWICE for March, you thieves. Refund it immediately!!!",
    ),
    (
        "The engineer did not arrive on Tuesday. Can we rebook for this week?",
        "Your pathetic engineer didn't even bother showing up Tuesday. Typical.",
    ),
    (
        "I am disappointed that my flight was cancelled without notice.",
        "I am FURIOUS that you cancelled my flight without a word. Disgraceful!",
    ),
    (
        "I've called three times and haven't had an answer yet. Could someone call me back?",
        "Three calls and NOBODY answers?! Do you people even work there?",
    ),
    (
        "The app logs me out when I open the settings page.",
        "Your garbage app logs me out every single time. Who wrote this rubbish?",
    ),
    (
        "I would like a refund for the delayed delivery.",
        "Refund me for the delay or I'll leave a 1-star review everywhere.",
    ),
    (
        "The room was not cleaned during our stay.",
        "The room was filthy the whole stay. Absolutely disgusting, never again!!",
    ),
    (
        "My parcel is a week late. Could you check where it is?",
        "Where the hell is my parcel? A WEEK late. Sort it out.",
    ),
    (
        "I was on hold for 40 minutes and then the call dropped.",
        "40 minutes on hold and then you hang up on me?! Unbelievable. Thanks for nothing.",
    ),
    (
        "The heating has not worked since Monday. Please send someone.",
        "No heating since Monday and you couldn't care less. Shame on you.",
    ),
    (
        "I was told the repair would take a week; it has been three.",
        "You lied to me. 'A week' you said. It's been THREE. Liars.",
    ),
    (
        "Please can you cancel my subscription and confirm by email.",
        "Cancel my subscription NOW. I'm sick of your scam company.",
    ),
    (
        "The charger stopped working after two days.",
        "Two days and the charger's dead. What a piece of junk. Total rip-off!",
    ),
    (
        "I'd like to understand why my account was suspended.",
        "WHY did you suspend my account?! I demand answers, this is outrageous.",
    ),
    (
        "The delivery driver left my parcel outside in the rain.",
        "Your idiot driver dumped my parcel in the rain. Unreal.",
    ),
    (
        "I'm still waiting for the refund you promised on 2 May.",
        "Still no refund, as 'promised' on 2 May. Of course. 🙄",
    ),
    (
        "My internet has been down since yesterday.",
        "Internet down AGAIN since yesterday. I'm so done with you clowns.",
    ),
    (
        "The invoice shows a fee I did not agree to.",
        "You snuck a fee onto my invoice. Sneaky, dishonest and frankly criminal.",
    ),
    (
        "The product does not match the description on your website.",
        "The product is NOTHING like your lying website said. Fraud.",
    ),
]


@pytest.mark.parametrize(("calm", "heated"), PAIRS, ids=[h[:30] for _c, h in PAIRS])
def test_the_heated_version_reads_at_least_ten_points_hotter(calm, heated):
    assert analyse(heated).heat >= analyse(calm).heat + 10, (calm, heated)
    assert analyse(calm).heat < 50, calm
